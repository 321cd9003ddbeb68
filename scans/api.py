"""Open data: the figures of "Hoe staan wijknetwerken ervoor?" as JSON, at /api/v2/vergelijking/.

Read-only (GET and HEAD), no login, kept by the page cache like a page. The same figures as the
page (scans.overview.figures) under the same thresholds: a group below them appears with
`"getoond": false` and nothing else, not even its number of networks. The filters are the
page's (fase, omgeving, provincie), read strictly as the other open data endpoints read theirs:
an unknown parameter or value answers 400 with a Dutch message, never a 500.

`toolbox_site.urls` includes this module by name, so the base imports no app (see the layers
in pyproject.toml).
"""

from django.http import JsonResponse
from django.urls import path

from .comparison import FILTERS, FilterForm, min_networks, min_respondents
from .models import ScanIndexPage, ScanPage
from .overview import figures

METHODS = ("GET", "HEAD")


def _error(status, message, **headers):
    return JsonResponse({"message": message}, status=status, headers=headers, json_dumps_params={"ensure_ascii": False})


def _quoted(names):
    return ", ".join(f"‘{name}’" for name in names)


def _spreads(comparison):
    return [
        {
            "id": spread.id,
            "titel": spread.title,
            "getoond": True,
            "netwerken": spread.networks,
            "q1": spread.q1,
            "mediaan": spread.median,
            "q3": spread.q3,
        }
        if spread.shown
        else {"id": spread.id, "titel": spread.title, "getoond": False}
        for spread in comparison.dimensions
    ]


def _figures(comparison, **group):
    """A comparison as JSON: only with its figures when it is shown, otherwise `getoond: false` and nothing more."""
    if not comparison.shown:
        return {**group, "getoond": False}
    return {**group, "getoond": True, "netwerken": comparison.networks, "onderdelen": _spreads(comparison)}


def _scan(result, request):
    return {
        "id": result.scan.pk,
        "titel": result.scan.title,
        "slug": result.scan.slug,
        "html_url": result.scan.get_full_url(request),
        "demo": result.has_demo,
        "onderdelen": [{"id": d["id"], "titel": d["title"]} for d in result.dimensions],
        "alle_netwerken": _figures(result.overall),
        "per_fase": [
            _figures(group.comparison, fase={"nummer": int(group.value), "naam": group.label})
            for group in result.phases
        ],
        "per_provincie": [
            _figures(group.comparison, provincie={"slug": group.value, "naam": group.label})
            for group in result.provinces
        ],
    }


def _invalid(form, name):
    choices = [str(value) for value, _ in form.fields[name].choices if value != ""]
    return f"Onbekende waarde bij ‘{name}’. Kies uit: {', '.join(choices)}."


def comparison(request):
    """GET /api/v2/vergelijking/[?fase=&omgeving=&provincie=]: quartiles per scan, overall, per phase, per province."""
    if request.method not in METHODS:
        return _error(405, "Deze gegevens kun je alleen lezen (GET of HEAD).", Allow=", ".join(METHODS))
    unknown = sorted(set(request.GET) - set(FILTERS))
    if unknown:
        return _error(400, f"Onbekende parameter {_quoted(unknown[:3])}. Deze lijst kent: {_quoted(FILTERS)}.")
    repeated = [name for name in FILTERS if len(request.GET.getlist(name)) > 1]
    if repeated:
        return _error(400, f"Geef {_quoted(repeated)} hoogstens één keer op.")
    form = FilterForm(request.GET)
    filters = form.filters()
    if form.ignored:
        return _error(400, " ".join(_invalid(form, name) for name in form.ignored))
    scans = list(ScanPage.objects.live().public().order_by("path"))
    results = figures(scans, filters, form.fields["fase"].choices[1:])
    index = ScanIndexPage.objects.live().public().first()
    data = {
        "html_url": index.get_full_url(request) + index.reverse_subpage("overview") if index else None,
        "drempels": {"min_deelnemers_per_ronde": min_respondents(), "min_netwerken_per_groep": min_networks()},
        "filters": {
            "fase": filters.get("fase"),
            "omgeving": filters.get("omgeving"),
            "provincie": filters.get("provincie"),
        },
        "demo": any(result.has_demo for result in results),
        "scans": [_scan(result, request) for result in results],
    }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


urlpatterns = [path("", comparison, name="api-vergelijking")]
