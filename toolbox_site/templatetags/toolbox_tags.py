"""Template helpers shared by every page: breadcrumbs, navigation state and page kinds."""

import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from wagtail.templatetags.wagtailcore_tags import fullpageurl, pageurl

from toolbox_site.query import stem_prefixes
from toolbox_site.simple_language import SEGMENT, SimpleVersionMixin

register = template.Library()


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page, current_label=""):
    """The page's ancestors below the tree root (home first), found in one query.

    `current_label` names a view inside the page (a form, a thank-you page): the page is then a
    link like its ancestors and the label is the current item.
    """
    ancestors = page.get_ancestors().filter(depth__gte=2).order_by("depth") if page.depth > 2 else []
    return {
        "request": context.get("request"),
        "reading": context.get("reading"),
        "ancestors": ancestors,
        "page": page,
        "current_label": current_label,
    }


@register.simple_tag(takes_context=True)
def reading_alternate(context):
    """The `<link rel="alternate">` to the page's other version, so search engines see two versions of one page."""
    reading = context["reading"]
    if reading.simple:
        url, title = fullpageurl(context, reading.page), "Gewone versie"
    elif reading.available:
        url, title = f"{fullpageurl(context, reading.page)}{SEGMENT}/", "Eenvoudige taal (B1)"
    else:
        return ""
    return format_html('<link rel="alternate" hreflang="nl" href="{}" title="{}">', url, title)


@register.simple_tag(takes_context=True)
def reading_url(context, page):
    """A page's URL in the version the visitor reads: in the simple version (toolbox_site.simple_language),
    a link to a phase, step or tool leads to its simple version, so the choice lasts while browsing."""
    url = pageurl(context, page)
    reading = context.get("reading")
    if reading is not None and reading.simple and issubclass(page.specific_class or object, SimpleVersionMixin):
        return f"{url}{SEGMENT}/"
    return url


@register.simple_tag(takes_context=True)
def nav_current(context, item):
    """`aria-current` for a navigation item: "page" on the page itself, "true" inside its section."""
    page = context.get("page")
    request = context.get("request")
    if page is not None and item["path"]:
        if page.url_path == item["path"]:
            return "page"
        if page.url_path.startswith(item["path"]):
            return "true"
    elif item["path"] is None and request is not None and request.path == item["url"]:
        return "page"
    return ""


@register.filter
def kind(page):
    """What a page is, for a label in listings and search results ("Stap", "Tool", ...)."""
    meta = page.specific_class._meta if hasattr(page, "specific_class") else page._meta
    return str(meta.verbose_name).capitalize()


@register.filter
def kind_slug(page):
    """A stable CSS hook for a page's kind, e.g. "toolpage"."""
    return page.specific_class._meta.model_name if hasattr(page, "specific_class") else page._meta.model_name


@register.filter(needs_autoescape=True)
def highlight(text, query, autoescape=True):
    """Escape `text` and wrap the words that match the search term in <mark>."""
    escaped = conditional_escape(text) if autoescape else str(text)
    prefixes = stem_prefixes(query or "")
    if not prefixes or not text:
        return mark_safe(escaped)  # noqa: S308 (escaped above)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(prefix) for prefix in prefixes) + r")\w*", re.IGNORECASE)
    return mark_safe(pattern.sub(lambda match: f"<mark>{match.group(0)}</mark>", escaped))  # noqa: S308


@register.filter
def excerpt(item):
    """The short text a listing shows for any kind of result."""
    for attribute in ("summary", "description", "intro"):
        value = getattr(item, attribute, "")
        if value:
            return value
    return ""
