"""The story finder's map of the Netherlands (tools.province_map) as a template tag."""

from django import template

from tools.province_map import province_map as build_province_map

register = template.Library()


@register.inclusion_tag("includes/province_map.html", takes_context=True)
def province_map(context):
    """The map for the finder in `context`: nothing for a finder without provinces or a filtered view."""
    finder, page = context.get("finder"), context.get("page")
    request = context.get("request")
    province_map = None
    if finder is not None and page is not None:
        province_map = build_province_map(finder, page.get_url(request=request))
    return {"province_map": province_map}
