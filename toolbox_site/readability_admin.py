"""The readability check in Wagtail's admin: the panel's live check, the publish warning, the report.

Everything scores what a visitor reads (`SimpleVersionMixin.readable_parts`) with the checker in
toolbox_site.readability; the panel itself is toolbox_site.readability_panel, and the hooks that put
these in the admin are in toolbox_site/wagtail_hooks.py.
"""

from dataclasses import dataclass
from itertools import chain

from django.apps import apps
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import get_edit_handler
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.permissions import policy_registry

from . import readability
from .readability_panel import (
    NO_SIMPLE_VERSION,
    PANEL_TEMPLATE,
    SIMPLE_TAB_ANCHOR,
    TARGET_SCORE,
    describe,
    panel_context,
    status_of,
    text_field_names,
    versions_of,
)
from .simple_language import SIMPLE_TAB, SimpleVersionMixin

# The live check reads at most this much: a long step posts some 30 kB of form data, and the
# checker's time grows with the text.
MAX_REQUEST_BYTES = 512 * 1024
MAX_TEXT_CHARACTERS = 60_000
EDITING_ACTIONS = ["add", "change", "publish"]  # as Wagtail's own page reports ask


def may_edit_pages(user):
    return policy_registry.get_by_type(Page).user_has_any_permission(user, EDITING_ACTIONS)


class PostedPage(SimpleVersionMixin):
    """The texts of a page as the editor's form holds them now, with the mixin's own rules.

    It is no model: it holds the texts in attributes named after the page's fields, so
    `readable_parts` and `has_simple_version` decide what is scored exactly as they do for a saved
    page, without a page, a parent or a valid form."""

    def __init__(self, model, texts):
        self.simple_fields = model.simple_fields
        for name in text_field_names(model):
            setattr(self, name, texts.get(name, ""))


class BadInput(ValueError):
    """Input the live check cannot score; its message is the Dutch answer."""


def posted_texts(model, data, files):
    """{field name: value} of the text fields in the posted data; fields not posted are left out.

    Why the form's own widgets rather than the page's edit form: the widgets of the edit handler's
    form class (its class attribute `base_fields`, no form instance) decode a StreamField's posted
    blocks and Draftail's rich text exactly as the editor's form does, and they need no page, no
    parent page and no valid form, so half-written text (a required field still empty) is scored
    too. A field may also come as plain text under its own name (`simple_body=Korte zinnen.`), for
    a StreamField too: the checker reads strings as they are."""
    form_fields = get_edit_handler(model).get_form_class().base_fields
    texts = {}
    for name in text_field_names(model):
        widget = form_fields[name].widget
        if not widget.value_omitted_from_data(data, files, name):
            try:
                texts[name] = widget.value_from_datadict(data, files, name)
            except (KeyError, ValueError, TypeError, AttributeError, IndexError) as error:
                raise BadInput(
                    "De tekst van het formulier is onvolledig of onleesbaar. Laad de pagina opnieuw."
                ) from error
        elif name in data:
            texts[name] = data[name]
    return texts


def page_model(label):
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        model = None
    if model is None or not issubclass(model, Page) or not issubclass(model, SimpleVersionMixin):
        raise BadInput("Onbekend paginatype: de leesbaarheid meet fases, stappen en tools.")
    return model


def posted_versions(request):
    """The versions of a page in a live check's POST data, scored as the panel shows them."""
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    too_much = f"Er is te veel tekst om te meten: stuur hooguit {MAX_REQUEST_BYTES // 1024} kB."
    if declared > MAX_REQUEST_BYTES:
        raise BadInput(too_much)
    try:
        data = request.POST
    except (RequestDataTooBig, TooManyFieldsSent) as error:
        raise BadInput(too_much) from error
    model = page_model(data.get("page_type", ""))
    texts = posted_texts(model, data, request.FILES)
    keys = [
        key
        for key, names in (("normal", model.simple_fields.keys()), ("simple", model.simple_fields.values()))
        if any(name in texts for name in names)
    ]
    if not keys:
        raise BadInput("Er is geen tekst meegestuurd: stuur de velden van de gewone of de eenvoudige versie.")
    page = PostedPage(model, texts)
    length = sum(len(part) for part in chain(page.readable_parts(), page.readable_parts(simple=True)))
    if length > MAX_TEXT_CHARACTERS:
        limit = number_format(MAX_TEXT_CHARACTERS, force_grouping=True)
        raise BadInput(f"De tekst is te lang om te meten: hooguit {limit} tekens.")
    return versions_of(page, keys)


@require_POST
def readability_check(request):
    """The live check of the editor's panel: the posted texts of a page, scored, as JSON.

    POST `page_type` ("phases.steppage") and the fields of either version, as the editor's form
    posts them or as plain text. The answer has each posted version's assessment, the panel's new
    content (`html`) and a line for its live region (`status`); bad input gets a 400 with a Dutch
    `error`. Wagtail's admin URLs already require an admin login."""
    if not may_edit_pages(request.user):
        return JsonResponse(
            {"error": "Je mag geen pagina's bewerken, dus ook hun leesbaarheid niet meten."}, status=403
        )
    try:
        versions = posted_versions(request)
    except BadInput as error:
        return JsonResponse({"error": str(error)}, status=400)
    html = render_to_string(PANEL_TEMPLATE, {**panel_context(versions, live=True), "results_only": True}, request)
    return JsonResponse(
        {
            "versions": {
                v["key"]: {**v["assessment"].as_dict(), "complete": v["complete"]} if v["assessment"] else None
                for v in versions
            },
            "html": html,
            "status": status_of(versions),
        }
    )


def warn_if_simple_version_misses_target(request, page):
    """After a save or publish: a warning when the page's simple version exists but is harder than B1.

    Wagtail's own message (saved, published) stays; this one follows it. The editor's autosave
    asks for JSON and shows no messages, so it gets none: they would pile up for the next page."""
    if not isinstance(page, SimpleVersionMixin) or not request.accepts("text/html"):
        return
    assessment = page.readability(simple=True)
    if assessment is None or assessment.reaches_target:
        return
    messages.warning(
        request,
        f"De eenvoudige versie van ‘{page.get_admin_display_title()}’ heeft taalniveau {describe(assessment)}. "
        f"Het doel is {readability.TARGET} (score {TARGET_SCORE} of hoger): maak zinnen korter en woorden "
        f"eenvoudiger in het tabblad ‘{SIMPLE_TAB}’.",
        buttons=[
            messages.button(reverse("wagtailadmin_pages:edit", args=[page.pk]) + SIMPLE_TAB_ANCHOR, "Naar het tabblad")
        ],
    )


@dataclass(frozen=True)
class ReportRow:
    page: Page
    normal: readability.Assessment | None
    simple: readability.Assessment | None

    @property
    def misses_target(self):
        return self.simple is None or not self.simple.reaches_target

    def sort_key(self):
        """Worst first: pages whose simple version misses B1 or is missing, then the lowest score.

        The score is that of the text a reader who asks for the simple version gets: the simple
        version, or the normal text when there is none."""
        read = self.simple or self.normal
        return (not self.misses_target, read.score if read else float("-inf"), self.page.title.lower())

    @property
    def title(self):
        return self.page.get_admin_display_title()

    @property
    def page_type(self):
        return self.page._meta.verbose_name.capitalize()

    @staticmethod
    def level(assessment, missing):
        return assessment.level_name if assessment else missing

    @property
    def normal_level(self):
        return self.level(self.normal, "geen tekst")

    @property
    def simple_level(self):
        return self.level(self.simple, NO_SIMPLE_VERSION)

    @property
    def normal_score(self):
        return self.normal.score if self.normal else ""

    @property
    def simple_score(self):
        return self.simple.score if self.simple else ""


def convert_streams_in_bulk(pages):
    """Turn the pages' StreamField texts into blocks together: one query per chooser block type, not per page.

    A StreamField loads lazily, page by page; a body with an image or a document would query the
    database for each page. StreamBlock.bulk_to_python converts the streams of all pages at once."""
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for model, model_pages in by_model.items():
        for name in text_field_names(model):
            field = model._meta.get_field(name)
            if not isinstance(field, StreamField):
                continue
            streams = field.stream_block.bulk_to_python([list(getattr(page, name).raw_data) for page in model_pages])
            for page, stream in zip(model_pages, streams, strict=True):
                setattr(page, name, stream)


def report_rows(user):
    """The report's rows: every page with a simple version (phases, steps, tools) the user may edit, worst first.

    It scores the text visitors read: a live page's published text (a newer draft is scored by the
    editor's panel and the warning on saving), a page never published its latest draft. Sorted in
    Python: the checker scores text, the database cannot order by it. A query for the pages, one
    per page type for their fields, and the chooser blocks of all their bodies at once."""
    models = [model for model in get_page_models() if issubclass(model, SimpleVersionMixin)]
    policy = policy_registry.get_by_type(Page)
    pages = list(policy.instances_user_has_permission_for(user, "change").type(*models).specific())
    convert_streams_in_bulk(pages)
    rows = [ReportRow(page, page.readability(simple=False), page.readability(simple=True)) for page in pages]
    return sorted(rows, key=ReportRow.sort_key)


class ReadabilityReportView(ReportView):
    """The admin report "Leesbaarheid": every phase, step and tool with the level of both versions, worst first."""

    page_title = "Leesbaarheid"
    header_icon = "doc-full"
    template_name = "wagtailadmin/reports/readability.html"
    index_url_name = "readability_report"
    any_permission_required = EDITING_ACTIONS
    verbose_name_plural = "pagina's"
    columns = [
        TitleColumn("title", label="Titel", get_url=lambda row: reverse("wagtailadmin_pages:edit", args=[row.page.pk])),
        Column("page_type", label="Soort"),
        Column("normal_level", label="Niveau gewone versie"),
        Column("normal_score", label="Score gewone versie"),
        Column("simple_level", label="Niveau eenvoudige versie"),
        Column("simple_score", label="Score eenvoudige versie"),
    ]
    # Wagtail's "Download XLSX/CSV" buttons: the same columns, headed the same.
    list_export = [column.name for column in columns]
    export_headings = {column.name: column.label for column in columns}
    export_filename = "leesbaarheid"

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Page)

    def get_queryset(self):
        return report_rows(self.request.user)


class ReadabilityReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_edit_pages(request.user)
