from django.apps import AppConfig


class ToolsConfig(AppConfig):
    name = "tools"
    verbose_name = "Toolbox"

    def ready(self):
        from toolbox_site.signals import bump_on_change

        from .models import Role, Theme

        bump_on_change(Role, Theme)
