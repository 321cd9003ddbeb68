"""`manage.py load_demo_content`: build the demo toolbox from home/fixtures/demo/ (idempotent)."""

from django.core.management.base import BaseCommand, CommandError

from home.demo.fixtures import FIXTURES_DIR, FixtureError
from home.demo.loader import load_demo_content
from toolbox_site.db import analyze


class Command(BaseCommand):
    help = (
        "Load the demo toolbox (roadmap, tools, stories, success factors, taxonomies) from YAML fixtures. "
        "Existing pages and snippets are left as they are unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fixtures", default=str(FIXTURES_DIR), help="Folder with the YAML fixture files.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Overwrite pages and snippets that already exist with the fixture text (a new revision each).",
        )

    def handle(self, *args, fixtures, force, **options):
        try:
            report = load_demo_content(fixtures, force=force)
        except FixtureError as error:
            raise CommandError(str(error)) from error
        analyze()
        verbosity = options["verbosity"]
        if verbosity > 1:
            for label in report.created:
                self.stdout.write(f"  aangemaakt: {label}")
            for label in report.updated:
                self.stdout.write(f"  bijgewerkt: {label}")
        self.stdout.write(self.style.SUCCESS(f"Demo-inhoud: {report.summary()}."))
        if report.skipped and not force:
            self.stdout.write("Bestaande inhoud is niet overschreven; gebruik --force om de demotekst terug te zetten.")
