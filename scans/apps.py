from django.apps import AppConfig


class ScansConfig(AppConfig):
    name = "scans"
    verbose_name = "Zelfscans"

    def ready(self):
        from toolbox_site.signals import bump_on_change

        from .models import ComparisonEntry

        # The public comparison and its API are cached pages: opting in or out makes a new content
        # version, so no cached figure counts a network that left.
        bump_on_change(ComparisonEntry)
