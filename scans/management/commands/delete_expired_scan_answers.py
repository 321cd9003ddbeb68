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
        rounds, _ = TeamRound.objects.filter(created_at__lt=cutoff).delete()
        alone, _ = ScanResponse.objects.filter(round__isnull=True, created_at__lt=cutoff).delete()
        unused = ScanVersion.objects.filter(
            ~Exists(ScanResponse.objects.filter(version=OuterRef("pk"))),
            ~Exists(TeamRound.objects.filter(version=OuterRef("pk"))),
            created_at__lt=cutoff,
        ).delete()[0]
    return rounds, alone, unused


class Command(BaseCommand):
    help = "Verwijdert antwoorden op zelfscans en teamrondes die ouder zijn dan de bewaartermijn."

    def add_arguments(self, parser):
        parser.add_argument("--dagen", type=int, default=None, help="Andere bewaartermijn dan SCAN_RETENTION_DAYS.")

    def handle(self, *args, dagen=None, **options):
        rounds, alone, unused = delete_expired(days=dagen)
        self.stdout.write(
            f"Verwijderd: {rounds} rijen van teamrondes met hun antwoorden, {alone} losse antwoorden, "
            f"{unused} ongebruikte scanversies."
        )
