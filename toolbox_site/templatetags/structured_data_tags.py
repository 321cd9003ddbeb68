"""Template tags that emit what `toolbox_site.structured_data` builds: JSON-LD and sharing tags."""

from django import template

from toolbox_site import structured_data

register = template.Library()


@register.simple_tag(takes_context=True)
def json_ld(context, page, **related):
    """The page's schema.org data as a `<script type="application/ld+json">`, or nothing.

    `related`: what the view already loaded, e.g. `{% json_ld page tools=tools %}` on a step.
    """
    request = context.get("request")
    # URLs need the site, so without a request there is nothing to say.
    data = structured_data.structured_data(page, request, **related) if request is not None else None
    return structured_data.json_ld_script(data) if data else ""


@register.simple_tag(takes_context=True)
def social_meta(context):
    """The OpenGraph and Twitter-card values of the current page: use as `{% social_meta as social %}`."""
    return structured_data.social_meta(context)
