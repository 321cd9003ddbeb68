"""The readability panel on the editor's tab "Eenvoudige versie", and how it shows a version's assessment.

Apart from toolbox_site.readability_admin (the live check, the warning, the report) because the page
models import it while they are defined, before Wagtail's admin views can be imported.
"""

from itertools import chain

from django.urls import reverse
from django.utils.formats import number_format
from wagtail.admin.panels import Panel

from . import readability

PANEL_TEMPLATE = "wagtailadmin/panels/readability_panel.html"
NORMAL_LABEL = "Gewone versie"
SIMPLE_LABEL = "Eenvoudige versie"
NO_SIMPLE_VERSION = "geen eenvoudige versie"
# The tab's id in the editor (Wagtail's TabbedInterface: "tab-" and the tab's name); the editor
# opens the tab this anchor names.
SIMPLE_TAB_ANCHOR = "#tab-eenvoudige_versie"
TARGET_SCORE = dict(readability.LEVELS)[readability.TARGET]


def text_field_names(model):
    """The fields a visitor reads, normal and simple: what the panel sends and the check scores."""
    return list(chain(model.simple_fields, model.simple_fields.values()))


def version(key, label, assessment, *, complete=True):
    """One version as the panel shows it; `complete` is False for a simple version with an empty field."""
    shown = assessment.as_dict() if assessment else {}
    return {
        "key": key,
        "label": label,
        "assessment": assessment,
        "complete": complete,
        "long_sentences": shown.get("long_sentences", []),
        "long_words": shown.get("long_words", []),
        "passive_sentences": shown.get("passive_sentences", []),
    }


def versions_of(page, keys=("normal", "simple")):
    """Both versions of a page, scored for the panel.

    A simple version that is not complete yet is scored too, so an editor sees the level while
    writing it; the panel says it is not complete (the site does not show it yet)."""
    versions = []
    if "normal" in keys:
        versions.append(version("normal", NORMAL_LABEL, readability.assess(page.readable_parts(simple=False))))
    if "simple" in keys:
        versions.append(
            version(
                "simple",
                SIMPLE_LABEL,
                readability.assess(page.readable_parts(simple=True)),
                complete=page.has_simple_version,
            )
        )
    return versions


def describe(assessment):
    """A level and its score in Dutch notation: "B1 · eenvoudig (score 74,2)"."""
    return f"{assessment.level_name} (score {number_format(assessment.score, 1)})"


def status_of(versions):
    """The one line the panel's live region reads out after a live check."""
    said = [f"{v['label']}: {describe(v['assessment']) if v['assessment'] else 'nog geen tekst'}." for v in versions]
    return "Bijgewerkt. " + " ".join(said)


def panel_context(versions, *, live):
    return {
        "target": readability.TARGET,
        "target_score": TARGET_SCORE,
        "long_sentence_words": readability.LONG_SENTENCE_WORDS,
        "long_word_syllables": readability.LONG_WORD_SYLLABLES,
        "versions": versions,
        "live": live,
    }


class ReadabilityPanel(Panel):
    """Scores both versions of the page being edited; static/js/readability-panel.js keeps it up to date.

    Without JavaScript it shows the text the editor form was opened with (the latest saved
    version, or the text just posted when the form came back with errors)."""

    def __init__(self, heading="Leesbaarheid", **kwargs):
        super().__init__(heading=heading, **kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "readability"

    class BoundPanel(Panel.BoundPanel):
        template_name = PANEL_TEMPLATE

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context.update(panel_context(versions_of(page), live=False))
            context["check_url"] = reverse("readability_check")
            context["page_type"] = page._meta.label_lower
            context["fields"] = " ".join(text_field_names(type(page)))
            return context
