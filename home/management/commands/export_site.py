"""Write a database-independent backup of the site: data and uploaded files (see home/backup.py)."""

from django.core.management.base import BaseCommand

from home.backup import export_site


class Command(BaseCommand):
    help = "Schrijf een back-up van de hele site (gegevens en bestanden) naar een .tar.gz-bestand."

    def add_arguments(self, parser):
        parser.add_argument("path", help="het back-upbestand, bijvoorbeeld toolbox-2026-11-25.tar.gz")

    def handle(self, *args, path, **options):
        counted = export_site(path)
        self.stdout.write(
            f"Back-up geschreven naar {path}: {counted['objects']} objecten, {counted['files']} bestanden."
        )
