"""Invented comparison data, so "Hoe staan wijknetwerken ervoor?" shows figures on `make run`.

For every live scan 24 fictitious networks ("demo-1" … "demo-24"), spread over the four phases,
the three settings and a few provinces, each with a team mean per dimension. The numbers come
from a random generator seeded with the scan's slug: every run writes the same rows, and a run
after an editor changed a scan's dimensions brings them in line. The rows are marked `is_demo`,
so the page says they are invented, and `--verwijder` removes them (and nothing else).
"""

import random

from django.core.management.base import BaseCommand
from django.db import transaction

from scans.models import ComparisonEntry, ScanPage
from tools.choices import Province, Setting

NETWORKS = 24
# Provinces with five networks or more show figures of their own; the others say "te weinig netwerken".
PROVINCES = (
    [Province.GELDERLAND] * 6
    + [Province.NOORD_BRABANT] * 6
    + [Province.ZUID_HOLLAND] * 5
    + [Province.UTRECHT] * 3
    + [Province.GRONINGEN] * 2
    + [Province.LIMBURG] * 2
)
SETTINGS = [Setting.CITY, Setting.VILLAGE, Setting.REGION]


def demo_rows(scan):
    """The fields of the scan's demo entries, by team: deterministic for the scan and its dimensions."""
    generator = random.Random(f"demo-vergelijking:{scan.slug}")  # noqa: S311 - invented figures, not a secret
    dimensions = scan.dimension_headings()
    offsets = {d["id"]: generator.uniform(-0.4, 0.4) for d in dimensions}
    rows = {}
    for number in range(1, NETWORKS + 1):
        phase = 1 + (number - 1) % 4
        level = 2.3 + 0.3 * phase + generator.gauss(0, 0.3)  # networks further along score a little higher
        rows[f"demo-{number}"] = {
            "phase": phase,
            "setting": SETTINGS[(number - 1) % len(SETTINGS)],
            "province": PROVINCES[(number * 7) % NETWORKS],  # mixed over phases and settings
            "respondents": generator.randint(3, 14),
            "scores": {
                d["id"]: round(min(5.0, max(1.0, level + offsets[d["id"]] + generator.gauss(0, 0.4))), 2)
                for d in dimensions
            },
        }
    return rows


class Command(BaseCommand):
    help = "Zet verzonnen vergelijkingscijfers klaar voor elke zelfscan, of verwijder ze met --verwijder."

    def add_arguments(self, parser):
        parser.add_argument(
            "--verwijder", action="store_true", help="Verwijder alle verzonnen cijfers (en verder niets)."
        )

    @transaction.atomic
    def handle(self, *args, verwijder=False, verbosity=1, **options):
        if verwijder:
            removed, _ = ComparisonEntry.objects.filter(is_demo=True).delete()
            if verbosity:
                self.stdout.write(f"Verzonnen vergelijkingscijfers verwijderd: {removed} rijen.")
            return
        scans = list(ScanPage.objects.live().order_by("path"))
        existing = {}
        for entry in ComparisonEntry.objects.filter(is_demo=True, scan__in=scans):
            existing[(entry.scan_id, entry.team)] = entry
        keep, created, changed = set(), [], []
        for scan in scans:
            for team, fields in demo_rows(scan).items():
                entry = existing.get((scan.pk, team))
                keep.add((scan.pk, team))
                if entry is None:
                    created.append(ComparisonEntry(scan=scan, team=team, is_demo=True, round=None, **fields))
                elif any(getattr(entry, name) != value for name, value in fields.items()):
                    for name, value in fields.items():
                        setattr(entry, name, value)
                    changed.append(entry)
        ComparisonEntry.objects.bulk_create(created)
        ComparisonEntry.objects.bulk_update(changed, ["phase", "setting", "province", "respondents", "scores"])
        stale = [entry.pk for key, entry in existing.items() if key not in keep]
        ComparisonEntry.objects.filter(pk__in=stale).delete()
        if verbosity:
            self.stdout.write(
                f"Verzonnen vergelijkingscijfers: {NETWORKS} netwerken voor {len(scans)} zelfscan(s) "
                f"({len(created)} nieuw, {len(changed)} bijgewerkt)."
            )
