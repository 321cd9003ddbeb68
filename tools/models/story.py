"""Practice stories ("praktijkverhalen") of real networks, with their facts and status updates."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks import StreamBlock, TextBlock
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from phases.models import PhasePage
from toolbox_site import structured_data as sd
from toolbox_site.blocks import BodyBlock

from ..cards import Card, page_urls, related_tags, tags_by_pk
from ..choices import Province, Setting, Status
from ..forms import PracticeStoryPageForm
from ..panels import SubmissionPanel
from ..similar import similar_stories
from .mixins import KeptCurrentMixin
from .querysets import ListingPageManager
from .taxonomy import Role, StoryTag, Theme


class LessonsBlock(StreamBlock):
    lesson = TextBlock(label="Les", help_text="Eén les in één of twee zinnen.")


def years_active(start_year, end_year):
    return f"{start_year}–{end_year}" if end_year else f"sinds {start_year}"


class PracticeStoryPage(KeptCurrentMixin, Page):
    summary = models.TextField(
        "samenvatting",
        max_length=300,
        help_text="Eén of twee zinnen over dit netwerk. Verschijnt in overzichten en zoekresultaten.",
    )
    place = models.CharField(
        "plaats", max_length=160, help_text="Plaats, wijk of dorpen, bijvoorbeeld ‘Oss, wijk Ruwaard’."
    )
    province = models.CharField("provincie", max_length=20, choices=Province.choices)
    setting = models.CharField(
        "omgeving",
        max_length=10,
        choices=Setting.choices,
        help_text="Speelt het netwerk in een stad, een dorp of een regio?",
    )
    start_year = models.PositiveSmallIntegerField(
        "startjaar",
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text="Het jaar waarin het netwerk begon.",
    )
    end_year = models.PositiveSmallIntegerField(
        "jaar van stoppen",
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text="Alleen invullen als het netwerk gestopt is.",
    )
    status = models.CharField("status", max_length=10, choices=Status.choices, default=Status.ACTIVE)
    initiator = models.CharField(
        "initiatiefnemer", max_length=255, help_text="Wie nam het initiatief? Bijvoorbeeld ‘een huisarts’."
    )
    target_group = models.CharField("doelgroep", max_length=255, help_text="Voor wie is het netwerk er?")
    partner_count = models.PositiveSmallIntegerField(
        "aantal partners",
        null=True,
        blank=True,
        help_text="Ongeveer hoeveel organisaties doen mee? Leeg laten als het onbekend is.",
    )
    partner_kinds = models.TextField(
        "soorten partners", blank=True, help_text="Welke soorten organisaties en mensen doen mee?"
    )
    funding = models.TextField("financiering", blank=True, help_text="Wie betaalt of betaalde mee?")
    support = models.TextField(
        "ondersteuning", blank=True, help_text="Wie ondersteunt het netwerk, bijvoorbeeld een ROS of hogeschool?"
    )
    phase_reached = models.ForeignKey(
        "phases.PhasePage",
        verbose_name="bereikte fase",
        on_delete=models.PROTECT,
        related_name="stories_reached",
        help_text="In welke fase van het stappenplan is het netwerk nu (of was het toen het stopte)?",
    )
    roles = ParentalManyToManyField(
        Role,
        verbose_name="rollen",
        related_name="stories",
        help_text="Welke rollen spelen een hoofdrol? Kies minstens één rol.",
    )
    themes = ParentalManyToManyField(
        Theme,
        verbose_name="thema's",
        related_name="stories",
        help_text="Waar werkt het netwerk aan? Kies minstens één thema.",
    )
    success_factors = ParentalManyToManyField(
        "phases.SuccessFactor",
        verbose_name="succesfactoren",
        related_name="stories",
        blank=True,
        help_text="Welke succesfactoren zie je in dit verhaal terug (of ontbraken, bij een gestopt netwerk)?",
    )
    tools_used = ParentalManyToManyField(
        "tools.ToolPage",
        verbose_name="gebruikte tools",
        related_name="stories",
        blank=True,
        help_text="Welke tools uit de toolbox gebruikte dit netwerk?",
    )
    tags = ClusterTaggableManager(
        "trefwoorden", through=StoryTag, blank=True, help_text="Vrije trefwoorden, gescheiden door komma's."
    )
    lessons = StreamField(
        LessonsBlock(), verbose_name="lessen", blank=True, help_text="Wat kan een ander netwerk hiervan leren?"
    )
    body = StreamField(
        BodyBlock(), verbose_name="verhaal", help_text="Hoe begon het, wie doen mee, hoe werken ze, wat leverde het op?"
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="afbeelding",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optioneel: een foto van de plek of een bijeenkomst. "
        "Gebruik alleen foto's waarvoor je toestemming hebt.",
    )

    content_panels = [
        SubmissionPanel(heading="Ingezonden door een bezoeker"),
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("place"), FieldPanel("province"), FieldPanel("setting")]),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("status"), FieldPanel("end_year")]),
                FieldPanel("initiator"),
                FieldPanel("target_group"),
                FieldRowPanel([FieldPanel("partner_count"), FieldPanel("partner_kinds")]),
                FieldPanel("funding"),
                FieldPanel("support"),
            ],
            heading="Feiten",
        ),
        MultiFieldPanel(
            [
                FieldPanel("phase_reached"),
                FieldRowPanel(
                    [
                        FieldPanel("roles", widget=forms.CheckboxSelectMultiple),
                        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                    ]
                ),
                FieldPanel("success_factors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tools_used", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading="Labels en verbanden",
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("lessons"),
        InlinePanel(
            "status_updates",
            heading="Stand van zaken",
            label="update",
            help_text="Gedateerde updates: wat werd er van het netwerk?",
        ),
        KeptCurrentMixin.kept_current_panel,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("place"),
        index.SearchField("initiator"),
        index.SearchField("target_group"),
        index.SearchField("body"),
        index.SearchField("lessons"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("province"),
        index.FilterField("status"),
    ]

    objects = ListingPageManager()

    base_form_class = PracticeStoryPageForm
    parent_page_types = ["tools.StoryIndexPage"]
    subpage_types = []

    social_type = "article"  # link previews show a story as an article with its dates (toolbox_site.structured_data)

    class Meta:
        verbose_name = "praktijkverhaal"
        verbose_name_plural = "praktijkverhalen"

    def clean(self):
        super().clean()
        if self.status == Status.STOPPED and not self.end_year:
            raise ValidationError({"end_year": "Vul in in welk jaar het netwerk stopte."})
        if self.end_year and self.start_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": "Het jaar van stoppen kan niet vóór het startjaar liggen."})

    @property
    def years(self):
        return years_active(self.start_year, self.end_year)

    def structured_data(self, request, **related):
        """A practice story as an Article about its themes, set in its place and province."""
        themes = [theme.name for theme in self.themes.all()]
        image = sd.page_image(self)
        return sd.compact(
            {
                "@context": "https://schema.org",
                "@type": "Article",
                "headline": self.title,
                "description": self.summary,
                "url": self.get_full_url(request),
                "mainEntityOfPage": self.get_full_url(request),
                "inLanguage": sd.LANGUAGE,
                "datePublished": self.first_published_at,
                "dateModified": self.last_published_at,
                "about": [{"@type": "Thing", "name": name} for name in themes],
                "keywords": themes,
                "contentLocation": {
                    "@type": "Place",
                    "name": self.place,
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": self.place,
                        "addressRegion": self.get_province_display(),
                        "addressCountry": "NL",
                    },
                },
                "image": image and sd.share_image(image, request)["url"],
                "publisher": sd.publisher(request),
            }
        )

    @classmethod
    def listing_cards(cls, pages):
        """The finder's cards of `pages`, in title order: place, province, years, phase reached, themes."""
        urls = page_urls(pages)
        phases = tags_by_pk(PhasePage.objects.all(), "short_name", "colour")
        themes = related_tags(pages, "themes", tags_by_pk(Theme.objects.all(), "name"))
        provinces = dict(Province.choices)
        rows = pages.order_by("title", "pk").values_list(
            "pk", "title", "summary", "place", "province", "start_year", "end_year", "status", "phase_reached"
        )
        return [
            Card(
                pk,
                title,
                urls[pk],
                summary,
                " · ".join([place, provinces.get(province, ""), years_active(start, end)]),
                (*([phases[phase]] if phase in phases else []), *themes.get(pk, ())),
                stopped=status == Status.STOPPED,
            )
            for pk, title, summary, place, province, start, end, status, phase in rows
            if pk in urls
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tools"] = self.tools_used.live().public().order_by("title").defer_streamfields()
        context["success_factors"] = self.success_factors.select_related("aspect")
        context["status_updates"] = self.status_updates.order_by("date")
        context["similar_stories"] = similar_stories(self)
        return context


class StoryStatusUpdate(Orderable):
    """A dated "stand van zaken": what became of the network since the story was written."""

    page = ParentalKey(PracticeStoryPage, on_delete=models.CASCADE, related_name="status_updates")
    date = models.DateField("datum")
    text = models.TextField("wat er veranderde", help_text="Twee of drie zinnen over de stand van zaken op deze datum.")

    panels = [FieldPanel("date"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = "stand van zaken"
        verbose_name_plural = "stand van zaken"
