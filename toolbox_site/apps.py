from django.apps import AppConfig


class ToolboxSiteConfig(AppConfig):
    name = "toolbox_site"
    verbose_name = "Wijknetwerk Toolbox"

    def ready(self):
        from . import admin_scripts, signals

        admin_scripts.install()
        signals.connect()
