"""`manage.py delete_inactive_networks`: warn, then delete, networks nobody signed in to (see networks/retention.py)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from networks.retention import warn_and_delete


class Command(BaseCommand):
    help = "Waarschuw en verwijder netwerkplekken waar NETWORK_RETENTION_MONTHS lang niemand inlogde."

    def handle(self, *args, **options):
        counted = warn_and_delete(settings.WAGTAILADMIN_BASE_URL.rstrip("/"))
        self.stdout.write(
            f"{counted['deleted']} netwerk(en) verwijderd, {counted['warned']} kartrekker-waarschuwing(en) verstuurd."
        )
