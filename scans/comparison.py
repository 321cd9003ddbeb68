"""Where a network stands among comparable networks: quartiles of team means, never a name or a score.

Figures come from ComparisonEntry (what kartrekkers opted in) only. Two thresholds hold everywhere
these figures are shown (a team's results, the public page, the open data API):
- an entry counts only with at least COMPARISON_MIN_RESPONDENTS respondents;
- a figure (a dimension in a group) is shown only with at least COMPARISON_MIN_NETWORKS networks
  in it; otherwise `Comparison.reason` says why not.
A network counts once per scan: with its latest entry. Figures are rounded to one decimal.
"""

from dataclasses import dataclass, field
from statistics import quantiles

from django import forms
from django.conf import settings
from django.db.models import OuterRef, Subquery

from phases.models import PhasePage
from tools.choices import Province, Setting

from .models import ComparisonEntry

FILTERS = ("fase", "omgeving", "provincie")


def min_respondents():
    return settings.COMPARISON_MIN_RESPONDENTS


def min_networks():
    return settings.COMPARISON_MIN_NETWORKS


def phase_choices():
    """Phase number → its name, for the filters (the four phases of the roadmap, by their slugs)."""
    names = dict(PhasePage.objects.order_by("number").values_list("number", "title"))
    return [(str(number), names.get(number, f"Fase {number}")) for number in range(1, 5)]


class FilterForm(forms.Form):
    """The comparison's filters from the query string; an unknown value is dropped with a note, never a 500."""

    fase = forms.TypedChoiceField(label="Fase", required=False, coerce=int, empty_value=None)
    omgeving = forms.ChoiceField(label="Omgeving", required=False, choices=[("", "Alle"), *Setting.choices])
    provincie = forms.ChoiceField(label="Provincie", required=False, choices=[("", "Alle"), *Province.choices])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fase"].choices = [("", "Alle"), *phase_choices()]

    def filters(self):
        """{field: value} of the valid filters; `ignored` lists the names of invalid ones."""
        self.is_valid()
        self.ignored = sorted(self.errors)
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}


@dataclass
class Spread:
    id: str
    title: str
    networks: int
    q1: float | None = None
    median: float | None = None
    q3: float | None = None

    @property
    def shown(self):
        return self.median is not None


@dataclass
class Comparison:
    filters: dict
    networks: int
    dimensions: list = field(default_factory=list)
    reason: str = ""
    has_demo: bool = False

    @property
    def shown(self):
        return any(d.shown for d in self.dimensions)


def counted_entries(scan_ids, **filters):
    """The entries that count, one per network (its latest that counts) per scan: one query.

    The latest entry is chosen before the filters apply, so a network whose phase (or anything
    else) changed counts with its current facts only, never a second time through an older round.
    """
    minimum = min_respondents()
    latest = (
        ComparisonEntry.objects.filter(scan_id=OuterRef("scan_id"), team=OuterRef("team"), respondents__gte=minimum)
        .order_by("-created_at", "-pk")
        .values("pk")[:1]
    )
    lookups = {"fase": "phase", "omgeving": "setting", "provincie": "province"}
    entries = ComparisonEntry.objects.filter(scan_id__in=scan_ids, respondents__gte=minimum, pk=Subquery(latest))
    entries = entries.filter(**{lookups[name]: value for name, value in filters.items()})
    return list(
        entries.order_by("scan_id", "team").only("scan_id", "team", "scores", "is_demo", "phase", "setting", "province")
    )


def counted_entries_by_scan(scan_ids, **filters):
    """`counted_entries` grouped per scan: scan id → its entries, for every scan at once in one query.

    A page or an API answer over all scans calls this once rather than `counted_entries` per scan,
    so its number of queries stays the same however many scans, networks and rounds there are.
    """
    grouped = {scan_id: [] for scan_id in scan_ids}
    for entry in counted_entries(scan_ids, **filters):
        grouped.setdefault(entry.scan_id, []).append(entry)
    return grouped


def _round(value):
    return round(value + 0.0, 1)


def spread(values):
    """Q1, median and Q3 of team means, rounded to one decimal (with one value, all three are that value)."""
    if len(values) == 1:
        return (_round(values[0]),) * 3
    q1, median, q3 = quantiles(values, n=4, method="inclusive")
    return _round(q1), _round(median), _round(q3)


def compare(dimensions, entries, filters=None):
    """The quartiles per dimension (`dimensions`: a scan definition's dimensions) over `entries`."""
    minimum = min_networks()
    result = Comparison(filters or {}, len({e.team for e in entries}), has_demo=any(e.is_demo for e in entries))
    for dimension in dimensions:
        values = [e.scores[dimension["id"]] for e in entries if e.scores.get(dimension["id"]) is not None]
        item = Spread(dimension["id"], dimension["title"], len(values))
        if len(values) >= minimum:
            item.q1, item.median, item.q3 = spread(values)
        result.dimensions.append(item)
    if not result.shown:
        result.reason = (
            f"Nog niet genoeg netwerken om te vergelijken: een vergelijking toont pas cijfers als er minstens "
            f"{minimum} netwerken in zitten, elk met een teamronde van minstens {min_respondents()} deelnemers."
        )
    return result


def position(value, item):
    """Where a team mean stands among the networks of a shown `Spread`, in Dutch."""
    if value is None or not item.shown:
        return ""
    if value < item.q1:
        return "bij het laagste kwart"
    if value < item.median:
        return "onder het midden"
    if value == item.median:  # both rounded to one decimal, as the page shows them
        return "in het midden"
    if value <= item.q3:
        return "boven het midden"
    return "bij het hoogste kwart"
