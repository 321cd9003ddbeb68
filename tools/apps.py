from django.apps import AppConfig


class ToolsConfig(AppConfig):
    name = "tools"
    verbose_name = "Toolbox"

    def ready(self):
        from . import signals

        signals.connect()
