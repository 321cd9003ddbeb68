"""What search engines and link previews read about a page: schema.org JSON-LD and OpenGraph tags.

Each kind of page builds its own JSON-LD (a `structured_data` method, with the helpers here);
templates only emit the result (see `templatetags/structured_data_tags.py`). A page that is an
article for link previews says so with `social_type = "article"`. Every URL is absolute and
uses the site's root URL, the same one `<link rel="canonical">` uses.
"""

import json
from urllib.parse import urlsplit

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.images.models import AbstractImage
from wagtail.models import Site

SITE_NAME = settings.WAGTAIL_SITE_NAME
# The description of a page that has none of its own (base.html's <meta name="description"> too).
DEFAULT_DESCRIPTION = "Het stappenplan, de tools en de praktijkverhalen voor wie een wijknetwerk start of versterkt."
LANGUAGE = "nl-NL"
# 1.91:1 is what Facebook, LinkedIn and Mastodon show uncropped; `fill` keeps the focal point.
SHARE_IMAGE_FILTER = "fill-1200x630"

# Inside <script> only "</" (and "<!--") can end the element early; escaping <, > and & as
# JSON unicode escapes, as Django's json_script does, leaves the JSON equal and the HTML inert.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data):
    """`data` as a `<script type="application/ld+json">` element, safe to put in HTML."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 (escaped above)


def structured_data(page, request, **related):
    """The JSON-LD object of `page`, or None for a kind of page that has none.

    Each kind of page that has one builds it itself, in a `structured_data(request, **related)`
    method, with the helpers below. `related` passes what the page's view already loaded (a
    step's `tools`), so it is not read twice.
    """
    build = getattr(page, "structured_data", None)
    return build(request, **related) if callable(build) else None


def compact(data):
    """`data` without the keys that have no value, so the JSON never says `null` or `[]`."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def site_root_url(request):
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


def absolute_url(request, url):
    """`url` with the site's scheme and host, unless it already has them (media on another host)."""
    if not url or urlsplit(url).scheme:
        return url
    return site_root_url(request) + url


def publisher(request):
    return {"@type": "Organization", "name": SITE_NAME, "url": site_root_url(request) + "/"}


def share_image(image, request):
    """The rendition of `image` that link previews show: absolute URL, size and alt text."""
    rendition = image.get_rendition(SHARE_IMAGE_FILTER)
    return {
        "url": absolute_url(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": image.default_alt_text,
    }


def page_image(page):
    image = getattr(page, "image", None)
    return image if isinstance(image, AbstractImage) else None


def social_meta(context):
    """The OpenGraph and Twitter-card values of the page in `context` (any page, or a view without one)."""
    page = context.get("page")
    request = context.get("request")
    title = description = url = None
    image = None
    is_article = getattr(page, "social_type", "website") == "article"
    if page is not None:
        title = getattr(page, "seo_title", "") or page.title
        description = context.get("meta_description") or page_description(page)
        url = page.get_full_url(request) if request is not None else page.full_url
        image = page_image(page)
    canonical = context.get("canonical_url")
    share = share_image(image, request) if image and request is not None else None
    return {
        "title": title or SITE_NAME,
        "description": description or DEFAULT_DESCRIPTION,
        "url": canonical or url,
        "type": "article" if is_article else "website",
        "site_name": SITE_NAME,
        "locale": "nl_NL",
        "image": share,
        "twitter_card": "summary_large_image" if share else "summary",
        "published_time": page.first_published_at if is_article else None,
        "modified_time": page.last_published_at if is_article else None,
    }


def page_description(page):
    """What a page says about itself in `<meta name="description">`: its search description, summary or intro."""
    for attribute in ("search_description", "summary"):
        value = getattr(page, attribute, "")
        if value:
            return value
    intro = getattr(page, "intro", "")
    return Truncator(intro).words(40, truncate=" …") if intro else ""
