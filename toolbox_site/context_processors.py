"""Template context every page needs: the main navigation, found from the page tree once."""

from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, Site

# (label, page model label) in the order of the header navigation.
NAVIGATION = [
    ("Stappenplan", "phases.RoadmapPage"),
    ("Toolbox", "tools.ToolIndexPage"),
    ("Praktijkverhalen", "tools.StoryIndexPage"),
    ("Succesfactoren", "phases.SuccessFactorsPage"),
]


def _navigation(request):
    site = Site.find_for_request(request)
    items = []
    if site is not None:
        pages = Page.objects.live().child_of(site.root_page).select_related("content_type")
        by_model = {f"{page.content_type.app_label}.{page.content_type.model}": page for page in pages}
        for label, model in NAVIGATION:
            page = by_model.get(model.lower())
            if page is not None:
                items.append({"label": label, "url": page.get_url(request), "path": page.url_path, "page_id": page.pk})
    items.append({"label": "Zoeken", "url": reverse("search"), "path": None, "page_id": None})
    return items


def navigation(request):
    return {"main_navigation": SimpleLazyObject(lambda: _navigation(request))}
