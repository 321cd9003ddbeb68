"""`manage.py send_reminders`: the daily e-mails of the yearly rhythm (see plans/reminders.py). Safe to run twice."""

from django.conf import settings
from django.core.management.base import BaseCommand

from plans.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Send the yearly evaluation e-mail to kartrekkers (30 days before their evaluation month) and the weekly "
        "list of overdue actions to members. Run daily; nothing is sent twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default="",
            help="The site's address for the links in the e-mails (default: WAGTAILADMIN_BASE_URL).",
        )

    def handle(self, *args, **options):
        base_url = (options["base_url"] or settings.WAGTAILADMIN_BASE_URL).rstrip("/")
        counted = send_reminders(base_url)
        failed = f", {counted['failed']} failed" if counted["failed"] else ""
        self.stdout.write(
            f"{counted['evaluation']} evaluation e-mail(s) and {counted['overdue']} overdue e-mail(s) sent{failed}."
        )
        if counted["failed"]:
            self.stderr.write("Some e-mails could not be sent; the next run tries them again.")
