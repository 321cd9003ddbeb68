"""Delete scan answers and team rounds older than SCAN_RETENTION_DAYS (run it daily, see the Dockerfile)."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from scans.models import ScanResponse, ScanVersion, TeamRound


def delete_expired(now=None, days=None):
    """Rounds (with their answers) and lone answers started before the cut-off; then the versions nobody uses."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.SCAN_RETENTION_DAYS if days is None else days)
    with transaction.atomic():
        expired = TeamRound.objects.filter(created_at__lt=cutoff)
        rounds = expired.count()
        answers = ScanResponse.objects.filter(round__in=expired).count()
        expired.delete()  # with their answers
        alone, _ = ScanResponse.objects.filter(round__isnull=True, created_at__lt=cutoff).delete()
        unused, _ = ScanVersion.objects.filter(
            ~Exists(ScanResponse.objects.filter(version=OuterRef("pk"))),
            ~Exists(TeamRound.objects.filter(version=OuterRef("pk"))),
            created_at__lt=cutoff,
        ).delete()
    return rounds, answers + alone, unused


class Command(BaseCommand):
    help = "Verwijdert antwoorden op zelfscans en teamrondes die ouder zijn dan de bewaartermijn."

    def add_arguments(self, parser):
        parser.add_argument("--dagen", type=int, default=None, help="Andere bewaartermijn dan SCAN_RETENTION_DAYS.")

    def handle(self, *args, dagen=None, **options):
        rounds, answers, unused = delete_expired(days=dagen)
        self.stdout.write(f"Verwijderd: teamrondes {rounds}, antwoorden {answers}, ongebruikte scanversies {unused}.")
