"""The toolbox index page and the tool pages under it."""

from django import forms
from django.db import models
from django.db.models import Count
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from phases.models import PhasePage
from toolbox_site import structured_data as sd
from toolbox_site.blocks import BodyBlock
from toolbox_site.pages import Navigation
from toolbox_site.simple_language import SimpleVersionMixin, simple_body_field, simple_text_field

from ..cards import Card, page_urls, related_tags, tags_by_pk
from ..choices import ToolType
from ..facets import TOOL_FACETS
from ..forms import ToolPageForm
from .index import FinderIndexPage
from .mixins import KeptCurrentMixin
from .querysets import ListingPageManager
from .taxonomy import Role, Theme, ToolTag


class ToolIndexPage(FinderIndexPage):
    """The "Toolbox": the finder over every tool."""

    subpage_types = ["tools.ToolPage"]
    listed_model = "tools.ToolPage"
    facets = TOOL_FACETS
    noun = ("tool", "tools")
    search_label = "Zoek in de toolbox"
    navigation = Navigation(
        "toolbox", "Toolbox", "Vragenlijsten, werkvormen en handreikingen, te filteren op fase, rol en thema.", 20
    )

    class Meta:
        verbose_name = "toolbox"
        verbose_name_plural = "toolboxen"


class ToolPage(SimpleVersionMixin, KeptCurrentMixin, Page):
    summary = models.TextField(
        "samenvatting",
        max_length=300,
        help_text="Eén of twee zinnen: wat is het en wanneer gebruik je het? Verschijnt in de zoekresultaten.",
    )
    tool_type = models.CharField(
        "soort tool",
        max_length=20,
        choices=ToolType.choices,
        help_text="Wat voor hulpmiddel dit is. Bezoekers filteren hierop.",
    )
    phases = ParentalManyToManyField(
        "phases.PhasePage",
        verbose_name="fases",
        related_name="tools",
        help_text="In welke fase(s) van het stappenplan helpt deze tool? Kies minstens één fase.",
    )
    steps = ParentalManyToManyField(
        "phases.StepPage",
        verbose_name="stappen",
        related_name="tools",
        blank=True,
        help_text="Bij welke stappen past deze tool? De fase van elke gekozen stap moet hierboven ook gekozen zijn.",
    )
    roles = ParentalManyToManyField(
        Role,
        verbose_name="rollen",
        related_name="tools",
        help_text="Voor wie is deze tool bedoeld? Kies minstens één rol.",
    )
    themes = ParentalManyToManyField(
        Theme,
        verbose_name="thema's",
        related_name="tools",
        help_text="Over welke thema's gaat deze tool? Kies minstens één thema.",
    )
    tags = ClusterTaggableManager(
        "trefwoorden",
        through=ToolTag,
        blank=True,
        help_text="Vrije trefwoorden die helpen bij zoeken, gescheiden door komma's.",
    )
    body = StreamField(
        BodyBlock(),
        verbose_name="inhoud",
        help_text="Wat is het, hoe gebruik je het, en een voorbeeld uit de praktijk.",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optioneel: een document om te downloaden, zoals een checklist of vragenlijst.",
    )
    external_url = models.URLField(
        "externe link",
        blank=True,
        help_text="Optioneel: het webadres van de tool als die ergens anders staat.",
    )
    external_label = models.CharField(
        "naam van de externe bron",
        max_length=120,
        blank=True,
        help_text="Zeg waar de link heen gaat, bijvoorbeeld ‘Website van HKZ’. Verplicht bij een externe link.",
    )
    time_needed = models.CharField(
        "benodigde tijd",
        max_length=120,
        blank=True,
        help_text="Optioneel: hoeveel tijd het kost, bijvoorbeeld ‘een bijeenkomst van twee uur’.",
    )
    simple_summary = simple_text_field(
        "samenvatting in eenvoudige taal", "Eén of twee korte zinnen: wat is het, en wanneer gebruik je het?"
    )
    simple_body = simple_body_field()

    simple_fields = {"summary": "simple_summary", "body": "simple_body"}

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("tool_type"),
        MultiFieldPanel(
            [
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
                FieldPanel("steps", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel(
                    [
                        FieldPanel("roles", widget=forms.CheckboxSelectMultiple),
                        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                    ]
                ),
                FieldPanel("tags"),
            ],
            heading="Labels",
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("document"),
                FieldPanel("external_url"),
                FieldPanel("external_label"),
                FieldPanel("time_needed"),
            ],
            heading="Gebruik",
        ),
        KeptCurrentMixin.kept_current_panel,
    ]
    edit_handler = SimpleVersionMixin.simple_edit_handler(
        content_panels, [FieldPanel("simple_summary"), FieldPanel("simple_body")]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("tool_type"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("tool_type"),
    ]

    objects = ListingPageManager()

    base_form_class = ToolPageForm
    parent_page_types = ["tools.ToolIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "tool"
        verbose_name_plural = "tools"

    def structured_data(self, request, **related):
        """A tool as a LearningResource: themes as keywords, roles as its audience, checked on `last_checked`."""
        document = self.document
        return sd.compact(
            {
                "@context": "https://schema.org",
                "@type": "LearningResource",
                "name": self.title,
                "description": self.summary,
                "url": self.get_full_url(request),
                "inLanguage": sd.LANGUAGE,
                "learningResourceType": self.get_tool_type_display(),
                "keywords": [theme.name for theme in self.themes.all()],
                "audience": [{"@type": "Audience", "audienceType": role.name} for role in self.roles.all()],
                "dateModified": self.last_checked,
                "maintainer": self.maintained_by and {"@type": "Organization", "name": self.maintained_by},
                "associatedMedia": document
                and {
                    "@type": "MediaObject",
                    "name": document.title,
                    "contentUrl": sd.absolute_url(request, document.url),
                },
                "publisher": sd.publisher(request),
            }
        )

    @classmethod
    def most_used(cls, count):
        """The `count` live tools most used: by the practice stories that name them, then by their steps."""
        return (
            cls.objects.live()
            .annotate(story_count=Count("stories", distinct=True), step_count=Count("steps", distinct=True))
            .order_by("-story_count", "-step_count", "title")[:count]
        )

    @classmethod
    def listing_cards(cls, pages):
        """The finder's cards of `pages`, in title order: type, phases and themes (6 queries)."""
        urls = page_urls(pages)
        phases = related_tags(pages, "phases", tags_by_pk(PhasePage.objects.order_by("number"), "short_name", "colour"))
        themes = related_tags(pages, "themes", tags_by_pk(Theme.objects.all(), "name"))
        types = dict(ToolType.choices)
        rows = pages.order_by("title", "pk").values_list("pk", "title", "summary", "tool_type")
        return [
            Card(pk, title, urls[pk], summary, types.get(tool_type, ""), (*phases.get(pk, ()), *themes.get(pk, ())))
            for pk, title, summary, tool_type in rows
            if pk in urls
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["phases"] = self.phases.live().public().order_by("number")
        context["steps"] = self.steps.live().public().order_by("path").defer_streamfields()
        context["stories"] = self.stories.live().public().order_by("title").defer_streamfields()
        context["online_scans"] = self.online_scans.live().public().order_by("path").defer_streamfields()
        return context
