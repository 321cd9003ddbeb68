"""Template helpers shared by every page: breadcrumbs, navigation state and page kinds."""

from django import template

register = template.Library()


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """The page's ancestors below the tree root (home first), found in one query."""
    ancestors = page.get_ancestors().filter(depth__gte=2).order_by("depth") if page.depth > 2 else []
    return {"request": context.get("request"), "ancestors": ancestors, "page": page}


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
