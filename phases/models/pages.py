"""Pages of the roadmap: the roadmap itself, its four phases, their steps, and the success factors page.

`phases` is below `tools` and never imports it: tools and stories are reached through the
relations they hold to steps, phases and factors (`step.tools`, `phase.stories_reached`,
`factor.stories`).
"""

import copy

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from toolbox_site import structured_data as sd
from toolbox_site.blocks import BodyBlock, QuestionsBlock
from toolbox_site.content_version import built_for_current_version
from toolbox_site.pages import INTRO_HELP, Navigation, SectionPage
from toolbox_site.querysets import PublicPageManager
from toolbox_site.simple_language import (
    SimpleVersionMixin,
    simple_body_field,
    simple_questions_field,
    simple_text_field,
)

from ..forms import PhasePageForm, StepPageForm
from . import meeting_pack
from .snippets import SuccessFactor


def practice_stories():
    """Every practice story, found through the relation that stories hold to a phase (`stories_reached`)."""
    return PhasePage.stories_reached.rel.related_model.objects.all()


def roadmap_steps():
    """Every live public step in roadmap order (phase 1 step 1 … phase 4), each with its `phase_page`.

    Read once per content version (any page saved, moved or restricted makes a new one) and
    shared by the requests of a process: callers hand out copies, never these instances.
    """
    return built_for_current_version("roadmap-steps", _read_roadmap_steps)


def _read_roadmap_steps():
    phases = {phase.path: phase for phase in PhasePage.objects.live().public().defer_streamfields()}
    steps = [
        step
        for step in StepPage.objects.live().public().defer_streamfields()
        if step.path[: -StepPage.steplen] in phases
    ]
    for step in steps:
        step.phase_page = phases[step.path[: -StepPage.steplen]]
    steps.sort(key=lambda step: (step.phase_page.number, step.order, step.path))
    return tuple(steps)


class RoadmapPage(SectionPage):
    """The "Stappenplan": one page that shows the four phases as a sequence."""

    subpage_types = ["phases.PhasePage"]
    navigation = Navigation(
        "roadmap", "Stappenplan", "Vier fases, van verkennen tot verankeren, met de stappen en vragen per fase.", 10
    )

    class Meta:
        verbose_name = "stappenplan"
        verbose_name_plural = "stappenplannen"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["phases"] = self.phases_with_steps()
        return context

    def phases_with_steps(self):
        """The live phases in their order, each with `live_steps` loaded in one query."""
        phases = list(PhasePage.objects.child_of(self).live().public().order_by("number"))
        steps = StepPage.objects.live().public().descendant_of(self).order_by("order", "path").defer_streamfields()
        by_parent = {}
        for step in steps:
            by_parent.setdefault(step.path[: -StepPage.steplen], []).append(step)
        for phase in phases:
            phase.live_steps = by_parent.get(phase.path, [])
        return phases


class PhasePage(SimpleVersionMixin, Page):
    class Colour(models.TextChoices):
        GREEN = "groen", "Groen"
        BLUE = "blauw", "Blauw"
        ORANGE = "oranje", "Oranje"
        PURPLE = "paars", "Paars"

    number = models.PositiveSmallIntegerField(
        "fasenummer",
        validators=[MinValueValidator(1), MaxValueValidator(4)],
        help_text="De plaats van deze fase in het stappenplan: 1 tot en met 4. Elk nummer komt één keer voor.",
    )
    short_name = models.CharField(
        "korte naam", max_length=40, help_text="Eén woord voor menu's en labels, bijvoorbeeld ‘Verkennen’."
    )
    intro = models.TextField("inleiding", help_text=INTRO_HELP)
    guiding_questions = StreamField(
        QuestionsBlock(),
        verbose_name="leidende vragen",
        help_text="De vragen die een netwerk zich in deze fase stelt. "
        "Ze staan ook in het overzicht van het stappenplan.",
    )
    colour = models.CharField(
        "kleur",
        max_length=10,
        choices=Colour.choices,
        default=Colour.GREEN,
        help_text="De kleur waarmee deze fase overal op de site herkenbaar is.",
    )
    simple_intro = simple_text_field(
        "inleiding in eenvoudige taal", "Twee of drie korte zinnen: wat doe je in deze fase, en waarom?"
    )
    simple_guiding_questions = simple_questions_field()

    simple_fields = {"intro": "simple_intro", "guiding_questions": "simple_guiding_questions"}

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("number"), FieldPanel("short_name"), FieldPanel("colour")], heading="Plaats in het stappenplan"
        ),
        FieldPanel("intro"),
        FieldPanel("guiding_questions"),
    ]
    edit_handler = SimpleVersionMixin.simple_edit_handler(
        content_panels, [FieldPanel("simple_intro"), FieldPanel("simple_guiding_questions")]
    )
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("guiding_questions")]

    objects = PublicPageManager()

    base_form_class = PhasePageForm
    parent_page_types = ["phases.RoadmapPage"]
    subpage_types = ["phases.StepPage"]
    max_count = 4

    class Meta:
        verbose_name = "fase"
        verbose_name_plural = "fases"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = (
            StepPage.objects.child_of(self).live().public().order_by("order", "path").defer_streamfields()
        )
        context["tools"] = self.tools.live().public().order_by("title").defer_streamfields()
        return context


class StepPage(SimpleVersionMixin, Page):
    """A step of a phase; `werkmap/` is its printable pack for the network's meeting on the step."""

    order = models.PositiveSmallIntegerField(
        "volgnummer",
        default=1,
        validators=[MinValueValidator(1)],
        help_text="De plaats van deze stap binnen de fase: 1 is de eerste stap.",
    )
    summary = models.TextField(
        "samenvatting",
        max_length=300,
        help_text="Eén of twee zinnen die zeggen wat je in deze stap doet. Verschijnt in overzichten.",
    )
    guiding_questions = StreamField(
        QuestionsBlock(),
        verbose_name="leidende vragen",
        help_text="Twee tot vier vragen die het netwerk in deze stap beantwoordt.",
    )
    body = StreamField(BodyBlock(), verbose_name="inhoud", help_text="Uitleg, voorbeelden en tips bij deze stap.")
    success_factors = ParentalManyToManyField(
        SuccessFactor,
        verbose_name="succesfactoren",
        related_name="steps",
        blank=True,
        help_text="De succesfactoren waar deze stap aan bijdraagt.",
    )
    simple_summary = simple_text_field(
        "samenvatting in eenvoudige taal", "Eén of twee korte zinnen: wat doe je in deze stap?"
    )
    simple_guiding_questions = simple_questions_field()
    simple_body = simple_body_field()

    simple_fields = {
        "summary": "simple_summary",
        "guiding_questions": "simple_guiding_questions",
        "body": "simple_body",
    }

    content_panels = [
        *Page.content_panels,
        FieldPanel("order"),
        FieldPanel("summary"),
        FieldPanel("guiding_questions"),
        FieldPanel("body"),
        FieldPanel("success_factors", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = SimpleVersionMixin.simple_edit_handler(
        content_panels,
        [FieldPanel("simple_summary"), FieldPanel("simple_guiding_questions"), FieldPanel("simple_body")],
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("guiding_questions"),
        index.SearchField("body"),
    ]

    objects = PublicPageManager()

    base_form_class = StepPageForm
    parent_page_types = ["phases.PhasePage"]
    subpage_types = []

    class Meta:
        verbose_name = "stap"
        verbose_name_plural = "stappen"

    @property
    def phase(self):
        """The phase page this step is in (live or not); from the roadmap order when the step is in it."""
        if not hasattr(self, "_phase"):
            steps, index_of = self._place_in_roadmap()
            if index_of is None:
                self._phase = PhasePage.objects.parent_of(self).first()
            else:
                self._phase = copy.deepcopy(steps[index_of].phase_page)
        return self._phase

    def _place_in_roadmap(self):
        """`roadmap_steps()` and this step's index in them: None for a draft step or one in a draft or private phase."""
        steps = roadmap_steps()
        return steps, next((i for i, step in enumerate(steps) if step.pk == self.pk), None)

    def sequence_neighbours(self):
        """The previous and next live step across the whole roadmap (phase 1 step 1 … phase 4), as fresh copies."""
        steps, index_of = self._place_in_roadmap()
        if index_of is None:
            return None, None
        previous = steps[index_of - 1] if index_of > 0 else None
        following = steps[index_of + 1] if index_of + 1 < len(steps) else None
        return copy.deepcopy(previous), copy.deepcopy(following)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tools = self.tools.live().public().order_by("title").defer_streamfields()
        context["tools"] = tools
        context["stories"] = self.stories_using_tools(tools)
        context["success_factors"] = self.success_factors.select_related("aspect")
        context["previous_step"], context["next_step"] = self.sequence_neighbours()
        return context

    def stories_using_tools(self, tools):
        """Practice stories that used one of this step's tools: derived, so it cannot disagree."""
        return (
            practice_stories()
            .live()
            .public()
            .filter(tools_used__in=tools)
            .distinct()
            .order_by("title")
            .defer_streamfields()
        )

    def structured_data(self, request, tools=None):
        """A step as a schema.org HowTo: its guiding questions are the steps, its tools the tools."""
        phase = self.phase
        if tools is None:
            tools = self.tools.live().public().order_by("title").defer_streamfields()
        return sd.compact(
            {
                "@context": "https://schema.org",
                "@type": "HowTo",
                "name": self.title,
                "description": self.summary,
                "url": self.get_full_url(request),
                "inLanguage": sd.LANGUAGE,
                "isPartOf": phase
                and sd.compact(
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
                    for position, block in enumerate(self.guiding_questions, start=1)
                ],
                "tool": [
                    {"@type": "HowToTool", "name": tool.title, "url": tool.get_full_url(request)} for tool in tools
                ],
                "dateModified": self.last_published_at,
                "publisher": sd.publisher(request),
            }
        )

    @path("werkmap/")
    def meeting_pack(self, request):
        """The step as a pack to print for a meeting (phases.models.meeting_pack).

        Built on the plain page context: `get_context` loads what the pack leaves out (neighbours, factors).
        """
        context = super().get_context(request)
        context.update(meeting_pack.context(self, practice_stories().live().public()))
        return TemplateResponse(request, meeting_pack.TEMPLATE, context)
