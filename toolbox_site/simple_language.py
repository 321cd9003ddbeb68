"""The "eenvoudige versie" of a phase, step or tool: a B1 text of its own, at `<page url>eenvoudig/`.

A page type lists in `simple_fields` which of its texts have a simple counterpart (normal field
name -> simple field name). The simple version exists when every one of them is filled; the
form refuses half a version. The choice of version is kept in the URL, not in a cookie: in the
simple version every link to a phase, step or tool leads to its simple version
(`{% reading_url %}`), so a visitor who chose it keeps it while browsing and can share the link,
and a cached page is the same for everyone who asks for that URL.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import HelpPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from .blocks import BodyBlock, QuestionsBlock
from .readability import assess
from .readability_panel import ReadabilityPanel

SEGMENT = "eenvoudig"
PREVIEW_MODE = "eenvoudig"
SWITCH_TO_SIMPLE = "Lees in eenvoudige taal"
SWITCH_TO_NORMAL = "Lees de gewone versie"
SIMPLE_TAB = "Eenvoudige versie"

SIMPLE_HELP = (
    "Schrijf op taalniveau B1: korte zinnen (hooguit vijftien woorden), gewone woorden, "
    "actieve zinnen en spreek de lezer aan met ‘je’. Vul alle velden van dit tabblad in, "
    "of laat ze alle leeg."
)


def simple_text_field(label, help_text):
    return models.TextField(label, blank=True, help_text=help_text)


def simple_questions_field():
    return StreamField(
        QuestionsBlock(),
        verbose_name="leidende vragen in eenvoudige taal",
        blank=True,
        help_text="Dezelfde vragen, in woorden die iedereen begrijpt.",
    )


def simple_body_field():
    return StreamField(
        BodyBlock(),
        verbose_name="inhoud in eenvoudige taal",
        blank=True,
        help_text="De uitleg in korte zinnen. Laat details weg die een bewoner of vrijwilliger niet nodig heeft.",
    )


def filled(value):
    if isinstance(value, str):
        return bool(value.strip())
    return bool(value)


def text_parts(value):
    """The words a visitor reads in one field: a plain text or every block of a StreamField."""
    if isinstance(value, str):
        return [value]
    stream_block = getattr(value, "stream_block", None)
    if stream_block is None:
        return [str(value)] if value else []
    return [part for part in stream_block.get_searchable_content(value) if part]


class Reading:
    """Which version of a page a visitor reads, and the texts of that version by their normal field names."""

    def __init__(self, page, *, simple):
        self.page = page
        self.simple = simple  # the visitor asked for the simple version

    @property
    def available(self):
        return self.page.has_simple_version

    @property
    def shows_simple(self):
        return self.simple and self.available

    @cached_property
    def text(self):
        return {
            normal: getattr(self.page, simple if self.shows_simple else normal)
            for normal, simple in self.page.simple_fields.items()
        }

    @property
    def normal_url(self):
        return self.page.url

    @property
    def simple_url(self):
        return self.page.url + self.page.reverse_subpage("simple_version")

    @property
    def switch(self):
        """The link to the other version: (label, url), or None on a normal page without a simple one."""
        if self.simple:
            return SWITCH_TO_NORMAL, self.normal_url
        if self.available:
            return SWITCH_TO_SIMPLE, self.simple_url
        return None


class SimpleVersionMixin(RoutablePageMixin):
    """A page with an "eenvoudige versie" at `eenvoudig/`; list its texts in `simple_fields`."""

    simple_fields = {}  # normal field name -> simple field name, in reading order

    preview_modes = [("", "Gewone versie"), (PREVIEW_MODE, "Eenvoudige versie")]

    @property
    def has_simple_version(self):
        return all(filled(getattr(self, simple)) for simple in self.simple_fields.values())

    def readable_parts(self, *, simple=False):
        """The texts a visitor reads in one version, as strings for the readability checker."""
        parts = []
        for normal, simple_name in self.simple_fields.items():
            parts.extend(text_parts(getattr(self, simple_name if simple else normal)))
        return parts

    def readability(self, *, simple=False):
        """The checker's assessment of one version (toolbox_site.readability), None when it has no text."""
        if simple and not self.has_simple_version:
            return None
        return assess(self.readable_parts(simple=simple))

    @classmethod
    def simple_version_errors(cls, cleaned_data):
        """{simple field: Dutch message} when an editor filled part of the simple version but not all of it."""
        names = list(cls.simple_fields.values())
        given = [name for name in names if filled(cleaned_data.get(name))]
        if not given or len(given) == len(names):
            return {}
        return {
            name: ValidationError(
                "Vul dit veld ook in: een eenvoudige versie heeft alle velden van dit tabblad. "
                "Of maak de andere velden van het tabblad leeg."
            )
            for name in names
            if name not in given
        }

    @classmethod
    def simple_edit_handler(cls, content_panels, simple_panels):
        """The page editor's tabs: Wagtail's own three, with "Eenvoudige versie" after the content."""
        return TabbedInterface(
            [
                ObjectList(content_panels, heading=gettext_lazy("Content")),
                ObjectList(
                    [HelpPanel(content=f"<p>{SIMPLE_HELP}</p>"), ReadabilityPanel(), *simple_panels],
                    heading=SIMPLE_TAB,
                ),
                ObjectList(Page.promote_panels, heading=gettext_lazy("Promote")),
                ObjectList(Page.settings_panels, heading=gettext_lazy("Settings")),
            ]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("reading", Reading(self, simple=False))
        return context

    @path("")
    def normal_version(self, request):
        return self.render(request, context_overrides={"reading": Reading(self, simple=False)})

    @path(f"{SEGMENT}/", name="simple_version")
    def simple_version(self, request):
        """The simple version, or the normal text with a note when there is none.

        Its canonical link is the normal page: search engines index one page, not two."""
        reading = Reading(self, simple=True)
        return self.render(request, context_overrides={"reading": reading, "canonical_url": self.get_full_url(request)})

    def serve_preview(self, request, mode_name):
        if mode_name == PREVIEW_MODE:
            return self.simple_version(request)
        return super().serve_preview(request, mode_name)


class SimpleVersionForm(WagtailAdminPageForm):
    """A page form that refuses half an "eenvoudige versie"."""

    def clean(self):
        cleaned_data = super().clean()
        for name, error in type(self.instance).simple_version_errors(cleaned_data).items():
            self.add_error(name, error)
        return cleaned_data
