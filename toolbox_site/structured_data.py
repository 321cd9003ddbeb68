"""What search engines and link previews read about a page: schema.org JSON-LD and OpenGraph tags.

Built here from the page models, once per kind of page, so templates only emit the result
(see `templatetags/structured_data_tags.py`). Every URL is absolute and uses the site's root URL,
the same one `<link rel="canonical">` uses.
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

    `related` passes what the page's view already loaded (a step's `tools`), so it is not read twice.
    """
    builder = BUILDERS.get(page_kind(page))
    return builder(page, request, **related) if builder else None


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


def step_page(page, request, tools=None):
    """A step as a schema.org HowTo: its guiding questions are the steps, its tools the tools."""
    phase = page.phase
    if tools is None:
        tools = page.tools.live().public().order_by("title").defer_streamfields()
    return compact(
        {
            "@context": "https://schema.org",
            "@type": "HowTo",
            "name": page.title,
            "description": page.summary,
            "url": page.get_full_url(request),
            "inLanguage": LANGUAGE,
            "isPartOf": phase
            and compact(
                {
                    "@type": "CreativeWork",
                    "name": phase.title,
                    "alternateName": f"Fase {phase.number}",
                    "position": phase.number,
                    "url": phase.get_full_url(request),
                }
            ),
            "step": [
                {"@type": "HowToStep", "position": position, "name": block.value, "text": block.value}
                for position, block in enumerate(page.guiding_questions, start=1)
            ],
            "tool": [{"@type": "HowToTool", "name": tool.title, "url": tool.get_full_url(request)} for tool in tools],
            "dateModified": page.last_published_at,
            "publisher": publisher(request),
        }
    )


def tool_page(page, request, **related):
    """A tool as a LearningResource: themes as keywords, roles as its audience, checked on `last_checked`."""
    document = page.document
    return compact(
        {
            "@context": "https://schema.org",
            "@type": "LearningResource",
            "name": page.title,
            "description": page.summary,
            "url": page.get_full_url(request),
            "inLanguage": LANGUAGE,
            "learningResourceType": page.get_tool_type_display(),
            "keywords": [theme.name for theme in page.themes.all()],
            "audience": [{"@type": "Audience", "audienceType": role.name} for role in page.roles.all()],
            "dateModified": page.last_checked,
            "maintainer": page.maintained_by and {"@type": "Organization", "name": page.maintained_by},
            "associatedMedia": document
            and {"@type": "MediaObject", "name": document.title, "contentUrl": absolute_url(request, document.url)},
            "publisher": publisher(request),
        }
    )


def practice_story_page(page, request, **related):
    """A practice story as an Article about its themes, set in its place and province."""
    themes = [theme.name for theme in page.themes.all()]
    image = page_image(page)
    return compact(
        {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": page.title,
            "description": page.summary,
            "url": page.get_full_url(request),
            "mainEntityOfPage": page.get_full_url(request),
            "inLanguage": LANGUAGE,
            "datePublished": page.first_published_at,
            "dateModified": page.last_published_at,
            "about": [{"@type": "Thing", "name": name} for name in themes],
            "keywords": themes,
            "contentLocation": {
                "@type": "Place",
                "name": page.place,
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": page.place,
                    "addressRegion": page.get_province_display(),
                    "addressCountry": "NL",
                },
            },
            "image": image and share_image(image, request)["url"],
            "publisher": publisher(request),
        }
    )


BUILDERS = {
    "phases.StepPage": step_page,
    "tools.ToolPage": tool_page,
    "tools.PracticeStoryPage": practice_story_page,
}


def page_kind(page):
    """The model label of `page` ("tools.ToolPage"); matching on it keeps this module free of model imports."""
    meta = getattr(page, "_meta", None)
    return meta.label if meta else None


def social_meta(context):
    """The OpenGraph and Twitter-card values of the page in `context` (any page, or a view without one)."""
    page = context.get("page")
    request = context.get("request")
    title = description = url = None
    image = None
    is_story = page_kind(page) == "tools.PracticeStoryPage"
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
        "type": "article" if is_story else "website",
        "site_name": SITE_NAME,
        "locale": "nl_NL",
        "image": share,
        "twitter_card": "summary_large_image" if share else "summary",
        "published_time": page.first_published_at if is_story else None,
        "modified_time": page.last_published_at if is_story else None,
    }


def page_description(page):
    """What a page says about itself in `<meta name="description">`: its search description, summary or intro."""
    for attribute in ("search_description", "summary"):
        value = getattr(page, attribute, "")
        if value:
            return value
    intro = getattr(page, "intro", "")
    return Truncator(intro).words(40, truncate=" …") if intro else ""
