"""Restore a backup made by export_site into a migrated database (see home/backup.py)."""

from django.core.management.base import BaseCommand, CommandError

from home.backup import import_site


class Command(BaseCommand):
    help = "Zet een back-up van export_site terug. Alles wat nu in de database staat, wordt vervangen."

    def add_arguments(self, parser):
        parser.add_argument("path", help="het back-upbestand van export_site")
        parser.add_argument("--yes", action="store_true", help="niet vragen of de huidige inhoud weg mag")

    def handle(self, *args, path, yes, **options):
        if not yes and input("Alle huidige inhoud wordt vervangen. Doorgaan? [j/N] ").strip().lower() != "j":
            raise CommandError("Afgebroken: er is niets veranderd.")
        counted = import_site(path)
        self.stdout.write(f"Teruggezet uit {path}: {counted['objects']} objecten, {counted['files']} bestanden.")
