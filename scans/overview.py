""" "Hoe staan wijknetwerken ervoor?": the comparison over all networks, public, per scan, phase and province.

The figures are those of scans.comparison, under the same two thresholds, for the whole country:
the page (a route of the "Zelfscans" index) and the open data API (scans.api) read them from
`figures`. Every entry of every scan is read in one query and grouped here, so the number of
queries depends neither on the number of networks nor on their rounds. Nothing here is per
network: a group shows quartiles of at least COMPARISON_MIN_NETWORKS networks, or nothing at all
(not even how many networks it has, which would tell who shared a round in a small group).
"""

from dataclasses import dataclass, field

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from tools.choices import Province, Setting

from .chart import wrap
from .comparison import Comparison, FilterForm, compare, counted_entries_by_scan, min_networks, min_respondents

TITLE = "Hoe staan wijknetwerken ervoor?"


@dataclass
class Group:
    """Networks in one phase or one province, within the active filters: shown only with enough networks."""

    value: str  # the group's filter value, as in the query string: "2", "gelderland"
    label: str
    comparison: Comparison


@dataclass
class ScanFigures:
    scan: object
    dimensions: list  # [{"id", "title"}], as the scan reads now
    overall: Comparison
    phases: list = field(default_factory=list)
    provinces: list = field(default_factory=list)
    chart: str = ""

    @property
    def group_tables(self):
        """(heading, column, groups) of the tables below the chart."""
        return [("Per fase", "Fase", self.phases), ("Per provincie", "Provincie", self.provinces)]

    @property
    def has_demo(self):
        """Whether invented demo entries are among the figures shown (in a group only if in the whole)."""
        return self.overall.shown and self.overall.has_demo


def phase_label(value, name):
    return name if name == f"Fase {value}" else f"Fase {value}: {name}"


def figures(scans, filters, phase_options):
    """Per scan the comparison over all networks within `filters`, and per phase and per province.

    `phase_options` are the (value, name) pairs of FilterForm's phase field, so the phases are read
    once, with the form. A group outside an active filter is left out (filtered on one province,
    the provinces list that one only).
    """
    grouped = counted_entries_by_scan([scan.pk for scan in scans], **filters)
    phases = [(int(value), phase_label(value, name)) for value, name in phase_options]
    results = []
    for scan in scans:
        dimensions = scan.dimension_headings()
        entries = grouped[scan.pk]
        result = ScanFigures(scan, dimensions, compare(dimensions, entries, filters))
        result.phases = _groups(dimensions, entries, filters, "fase", "phase", phases)
        result.provinces = _groups(dimensions, entries, filters, "provincie", "province", Province.choices)
        results.append(result)
    return results


def _groups(dimensions, entries, filters, name, attribute, options):
    """A Group per (value, label) of `options` within the active filters: entries whose `attribute` is it."""
    groups = []
    for value, label in options:
        if filters.get(name) in (None, value):
            members = [e for e in entries if getattr(e, attribute) == value]
            groups.append(Group(str(value), label, compare(dimensions, members, {**filters, name: value})))
    return groups


def filter_labels(form, filters):
    """The active filters in words, such as [("Fase", "Fase 2: Netwerk vormgeven"), ("Provincie", "Zeeland")]."""
    names = {
        "fase": {int(value): phase_label(value, name) for value, name in form.fields["fase"].choices if value},
        "omgeving": dict(Setting.choices),
        "provincie": dict(Province.choices),
    }
    return [(form.fields[name].label, names[name][value]) for name, value in filters.items()]


def too_few_networks():
    """Why a scan shows no figures, without saying how many networks there are (a small number identifies)."""
    return (
        f"Nog te weinig netwerken voor cijfers. We tonen pas cijfers als er minstens {min_networks()} netwerken "
        f"in zitten, elk met een gedeelde teamronde van minstens {min_respondents()} deelnemers."
    )


# The chart: per dimension the middle half of the networks as a bar and the median as a mark.

WIDTH = 420  # drawn at about this width on a phone and beside the table, so the text stays legible
PAD = 16
SCALE_LEFT, SCALE_RIGHT = 24, WIDTH - 24
LINE = 18
BAR = 16
LABEL_CHARS = 32
MAXIMUM = 5  # the answer scales run from 1 to 5


def decimal(value):
    """A figure as the page writes it: one decimal, with a decimal comma."""
    return f"{value:.1f}".replace(".", ",")


def _x(value):
    return SCALE_LEFT + (SCALE_RIGHT - SCALE_LEFT) * (value - 1) / (MAXIMUM - 1)


def _f(number):
    return f"{number:.1f}"


def _row(spread, y):
    """One dimension from height `y`: its label, then the bar and mark (or a note); returns (markup, new y)."""
    parts = []
    for i, line in enumerate(wrap(spread.title, LABEL_CHARS)):
        y += LINE
        parts.append(format_html('<text class="spread-chart__label" x="{}" y="{}">{}</text>', PAD, _f(y), line))
        if i == 0 and spread.shown:
            parts.append(
                format_html(
                    '<text class="spread-chart__value" x="{}" y="{}" text-anchor="end">mediaan {}</text>',
                    WIDTH - PAD,
                    _f(y),
                    decimal(spread.median),
                )
            )
    y += 8
    if spread.shown:
        left, right, middle = _x(spread.q1), _x(spread.q3), _x(spread.median)
        grid = format_html_join(
            "",
            '<line class="spread-chart__grid" x1="{}" y1="{}" x2="{}" y2="{}"/>',
            ((_f(_x(level)), _f(y - 6), _f(_x(level)), _f(y + BAR + 6)) for level in range(1, MAXIMUM + 1)),
        )
        parts.append(
            format_html(
                '<rect class="spread-chart__track" x="{}" y="{}" width="{}" height="{}"/>{}'
                '<rect class="spread-chart__range" x="{}" y="{}" width="{}" height="{}"/>'
                '<line class="spread-chart__median" x1="{}" y1="{}" x2="{}" y2="{}"/>',
                SCALE_LEFT,
                _f(y),
                SCALE_RIGHT - SCALE_LEFT,
                BAR,
                grid,
                _f(left),
                _f(y),
                _f(max(right - left, 3)),
                BAR,
                _f(middle),
                _f(y - 5),
                _f(middle),
                _f(y + BAR + 5),
            )
        )
    else:
        parts.append(
            format_html(
                '<text class="spread-chart__none" x="{}" y="{}">te weinig netwerken</text>', SCALE_LEFT, _f(y + 12)
            )
        )
    return mark_safe("".join(parts)), y + BAR + 14  # noqa: S308 - every part made by format_html


def _describe(spread):
    if not spread.shown:
        return f"{spread.title}: te weinig netwerken"
    return (
        f"{spread.title}: mediaan {decimal(spread.median)}, "
        f"middelste helft van {decimal(spread.q1)} tot {decimal(spread.q3)}"
    )


def spread_chart(title, spreads, *, chart_id):
    """SVG markup of `spreads` (scans.comparison.Spread) on the scale of 1 to 5: no script, no style attribute.

    Colours and type come from classes in site.css; the page puts the same numbers in a table.
    """
    if not spreads:
        return ""
    rows, y = [], 4
    for spread in spreads:
        row, y = _row(spread, y)
        rows.append(row)
    scale = format_html_join(
        "",
        '<text class="spread-chart__scale" x="{}" y="{}" text-anchor="middle">{}</text>',
        ((_f(_x(level)), _f(y + 14), level) for level in range(1, MAXIMUM + 1)),
    )
    height = round(y + 22)
    description = (
        f"Schaal van 1 tot {MAXIMUM}. Per onderdeel de middelste helft van de netwerken (van het eerste tot "
        f"het derde kwartiel) als balk en de mediaan als streep. " + "; ".join(_describe(s) for s in spreads) + "."
    )
    return format_html(
        '<svg class="spread-chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img"'
        ' aria-labelledby="{id}-title {id}-desc" xmlns="http://www.w3.org/2000/svg">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>'
        "{rows}{scale}</svg>",
        width=WIDTH,
        height=height,
        id=chart_id,
        title=title,
        desc=description,
        rows=mark_safe("".join(rows)),  # noqa: S308 - every row made by format_html
        scale=scale,
    )


# The page


def page(request, index):
    """The public page, at /zelfscans/landelijk-beeld/: the same for every visitor, so the page cache keeps it."""
    form = FilterForm(request.GET)
    filters = form.filters()
    results = figures(list(index.live_scans()), filters, form.fields["fase"].choices[1:])
    for result in results:
        result.chart = spread_chart(
            f"{result.scan.title}: spreiding over de netwerken per onderdeel",
            result.overall.dimensions,
            chart_id=f"spreiding-{result.scan.pk}",
        )
    context = {
        "title": TITLE,
        "form": form,
        "active_filters": filter_labels(form, filters),
        "notes": [
            f"Het filter ‘{form.fields[name].label.lower()}’ is weggelaten: die waarde kennen we niet."
            for name in form.ignored
        ],
        "results": results,
        "has_demo": any(result.has_demo for result in results),
        "too_few": too_few_networks(),
        "min_networks": min_networks(),
        "min_respondents": min_respondents(),
        # Every filter combination is a view of the same figures: only the plain page is indexed.
        "is_filtered": bool(request.GET),
        "overview_url": index.overview_url,
        "canonical_url": index.get_full_url(request) + index.reverse_subpage("overview"),
    }
    return index.render(request, template="scans/overview.html", context_overrides=context)
