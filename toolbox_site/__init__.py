"""The Wijknetwerk Toolbox Django project: settings, URLs and shared template tags."""
