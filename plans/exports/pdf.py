"""The PDF exports: the dicts of plans.exports.data in templates/plans/pdf/, laid out by WeasyPrint as PDF/UA-1.

PDF/UA makes WeasyPrint tag the structure (headings, tables, lists) for screen readers. Fonts
come from the system (DejaVu, via fontconfig), and the fetcher refuses every address that is
not a file or data: URL, so an export never reaches the network.

WeasyPrint is imported when a PDF is made, not before: it loads Debian's Pango then, and a
machine without Pango still runs the site (the PDF download says why it cannot be made).
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

CONTENT_TYPE = "application/pdf"
TEMPLATES = {"plan": "plans/pdf/plan.html", "agreement": "plans/pdf/agreement.html", "year": "plans/pdf/year.html"}


def css_string(text):
    """`text` as a quoted CSS string: everything but letters, digits and spaces hex-escaped (so no `</style>`)."""
    # The space after each escape ends it (CSS eats one space there), so the text's own spaces stay.
    escaped = "".join(char if char.isalnum() and char.isascii() else f"\\{ord(char):x} " for char in text)
    return f'"{escaped}"'


def margins(data):
    """The margin boxes of every page: the network and the document at the top, version and date below."""
    top_left = css_string(data["netwerk"])
    top_right = css_string(data["titel"])
    bottom_left = css_string(f"{data['versie']} · gedownload op {data['datum']}")
    return mark_safe(  # noqa: S308 - every value is escaped by css_string
        f"@page {{ @top-left {{ content: {top_left}; }} @top-right {{ content: {top_right}; }} "
        f"@bottom-left {{ content: {bottom_left}; }} }}"
    )


class Unavailable(Exception):
    """WeasyPrint or the Pango it needs is not installed on this server."""


def fetcher():
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"file", "data"}, allow_redirects=False, timeout=2)


def render(kind, data):
    """The PDF of `kind` ("plan", "agreement", "year") filled with `data`, as bytes."""
    try:
        from weasyprint import HTML

        url_fetcher = fetcher()
    except (ImportError, OSError) as missing:  # OSError: cffi found no Pango library
        raise Unavailable(str(missing)) from missing
    html = render_to_string(TEMPLATES[kind], {**data, "margins": margins(data)})
    document = HTML(string=html, base_url=str(settings.BASE_DIR / "templates"), url_fetcher=url_fetcher)
    return document.write_pdf(pdf_variant="pdf/ua-1")
