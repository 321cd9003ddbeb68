"""Template context every page needs: the main navigation, found from the page tree once."""

from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, Site

from tools.models.version import built_for_current_version

# The sections of the header navigation, in order: key, label, page model, a line for the home page.
NAVIGATION = [
    (
        "roadmap",
        "Stappenplan",
        "phases.RoadmapPage",
        "Vier fases, van verkennen tot verankeren, met de stappen en vragen per fase.",
    ),
    (
        "toolbox",
        "Toolbox",
        "tools.ToolIndexPage",
        "Vragenlijsten, werkvormen en handreikingen, te filteren op fase, rol en thema.",
    ),
    (
        "stories",
        "Praktijkverhalen",
        "tools.StoryIndexPage",
        "Netwerken in stad en dorp vertellen hoe zij het aanpakten, ook wat er misging.",
    ),
    (
        "success",
        "Succesfactoren",
        "phases.SuccessFactorsPage",
        "Wat maakt samenwerken in de wijk kansrijk? Vijf aspecten en hun kenmerken.",
    ),
    (
        "scans",
        "Zelfscans",
        "scans.ScanIndexPage",
        "Hoe staat jullie samenwerking ervoor? Vul een scan in, alleen of met je team.",
    ),
]


def _navigation(request):
    """The header items of the request's site, made once per content version (any page save)."""
    site = Site.find_for_request(request)
    if site is None:
        return _sections(None, request)
    return built_for_current_version(("navigation", site.pk), lambda: _sections(site, request))


def _sections(site, request):
    items = []
    if site is not None:
        pages = Page.objects.live().child_of(site.root_page).select_related("content_type")
        by_model = {f"{page.content_type.app_label}.{page.content_type.model}": page for page in pages}
        for key, label, model, description in NAVIGATION:
            page = by_model.get(model.lower())
            if page is not None:
                items.append(
                    {
                        "key": key,
                        "label": label,
                        "url": page.get_url(request),
                        "path": page.url_path,
                        "page_id": page.pk,
                        "description": description,
                    }
                )
    items.append({"key": "search", "label": "Zoeken", "url": reverse("search"), "path": None, "page_id": None})
    return items


def navigation(request):
    """`main_navigation` (the header items) and `sections` (key → URL, for links into the finders)."""
    items = SimpleLazyObject(lambda: _navigation(request))
    return {
        "main_navigation": items,
        "sections": SimpleLazyObject(lambda: {item["key"]: item["url"] for item in items}),
    }
