"""Template context every page needs: the main navigation, found from the page tree once per content version."""

from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, Site

from .content_version import built_for_current_version


def _navigation(request):
    """The header items of the request's site, made once per content version (any page save)."""
    site = Site.find_for_request(request)
    if site is None:
        return _sections(None, request)
    return built_for_current_version(("navigation", site.pk), lambda: _sections(site, request))


def _sections(site, request):
    """Every live child of the site's root page that is a section (toolbox_site.pages), in its order."""
    items = []
    if site is not None:
        pages = Page.objects.live().child_of(site.root_page).select_related("content_type")
        sections = [(page, getattr(page.specific_class, "navigation", None)) for page in pages]
        for page, section in sorted((item for item in sections if item[1]), key=lambda item: item[1].order):
            items.append(
                {
                    "key": section.key,
                    "label": section.label,
                    "url": page.get_url(request),
                    "path": page.url_path,
                    "page_id": page.pk,
                    "description": section.description,
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
