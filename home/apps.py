from django.apps import AppConfig
from django.db.models.signals import post_save


def _bump_for_settings(sender, created=False, **kwargs):
    # Wagtail makes the settings row with its defaults on the first visit ever, while rendering
    # that very page: nothing a visitor sees changes until an editor saves them.
    if not created:
        from toolbox_site.content_version import ContentVersion

        ContentVersion.bump()


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home en zoeken"

    def ready(self):
        from .models import SiteSettings

        post_save.connect(_bump_for_settings, sender=SiteSettings, dispatch_uid="content-version-settings-save")
