"""The scan pages: one "Zelfscans" index under home, and a ScanPage per scan beneath it."""

import hashlib

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from toolbox_site.pages import Navigation, SectionPage
from toolbox_site.querysets import PublicPageManager

from ..blocks import DimensionBlock

# The answer scales an editor can choose; every scale also offers "weet ik niet" (stored as 0).
SCALES = {
    "eens": ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"],
    "vaak": ["nooit", "zelden", "soms", "vaak", "altijd"],
}
DONT_KNOW = "weet ik niet"


class Ambition(models.TextChoices):
    """Where members of a team round mark the "gewenste situatie": not at all, per dimension or per statement."""

    NONE = "", "Niet vragen"
    DIMENSION = "onderdeel", "Per onderdeel"
    STATEMENT = "stelling", "Per stelling"


class ScanIndexPage(RoutablePageMixin, SectionPage):
    """The "Zelfscans" page: the scans, and at `landelijk-beeld/` how networks score on them (scans.overview)."""

    intro = models.TextField("inleiding", help_text="Twee of drie zinnen over de zelfscans op deze site.")

    subpage_types = ["scans.ScanPage"]
    navigation = Navigation(
        "scans", "Zelfscans", "Hoe staat jullie samenwerking ervoor? Vul een scan in, alleen of met je team.", 50
    )

    class Meta:
        verbose_name = "overzicht zelfscans"
        verbose_name_plural = "overzichten zelfscans"

    def live_scans(self):
        return ScanPage.objects.child_of(self).live().public().order_by("path")

    @property
    def overview_url(self):
        return self.url + self.reverse_subpage("overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["scans"] = self.live_scans()
        return context

    @path("landelijk-beeld/")
    def overview(self, request):
        from scans import overview  # the overview imports these models

        return overview.page(request, self)


class ScanPage(RoutablePageMixin, Page):
    """A scan: ordered dimensions of statements. Visitors answer it alone or as a team round.

    What visitors answered is kept with the version of the scan they saw (ScanVersion), so an
    editor can change the scan at any time without breaking results given before.
    """

    intro = models.TextField("inleiding", help_text="Waarvoor is deze scan en wat levert hij op? Twee of drie zinnen.")
    duration = models.CharField(
        "tijdsduur", max_length=80, blank=True, help_text="Hoe lang het invullen duurt, zoals 'Ongeveer tien minuten'."
    )
    scale = models.CharField(
        "antwoordschaal",
        max_length=10,
        choices=[("eens", "Helemaal oneens … helemaal eens"), ("vaak", "Nooit … altijd")],
        default="eens",
        help_text="Elke schaal heeft vijf antwoorden en ook 'weet ik niet'.",
    )
    dimensions = StreamField(
        [("dimension", DimensionBlock())],
        verbose_name="onderdelen",
        min_num=1,
        help_text="De onderdelen van de scan, in volgorde. De bezoeker beantwoordt één onderdeel per scherm.",
    )
    ambition = models.CharField(
        "gewenste situatie",
        max_length=10,
        choices=Ambition.choices,
        default=Ambition.DIMENSION,
        blank=True,
        help_text="In een teamronde geven leden ook aan waar het netwerk zou moeten staan: "
        "per onderdeel (één vraag per scherm) of per stelling. De uitslag toont dan het verschil.",
    )
    tool = models.ForeignKey(
        "tools.ToolPage",
        verbose_name="tool",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="online_scans",
        help_text="Optioneel: de tool in de toolbox waar deze scan op gebaseerd is. Die tool linkt dan naar de scan.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("duration"),
        FieldPanel("scale"),
        FieldPanel("ambition"),
        PageChooserPanel("tool", "tools.ToolPage"),
        FieldPanel("dimensions"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    objects = PublicPageManager()
    parent_page_types = ["scans.ScanIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "zelfscan"
        verbose_name_plural = "zelfscans"

    def definition(self):
        """What a visitor is asked: the snapshot kept with every answer (see ScanVersion)."""
        return {
            "title": self.title,
            "scale": SCALES[self.scale],
            "ambition": self.ambition,
            "dimensions": [
                {
                    "id": block.id or _stable_id(block.value["title"]),
                    "title": block.value["title"],
                    "description": block.value["description"],
                    "statements": [
                        {"id": child.id or _stable_id(child.value), "text": child.value}
                        for child in block.value["statements"].bound_blocks
                    ],
                }
                for block in self.dimensions
            ],
        }

    def dimension_headings(self):
        """The dimensions' ids and titles as `definition()` has them, from the stored StreamField data.

        For the comparison's figures: converting the blocks would read the aspect, steps and tools
        each dimension links to, a few queries per scan that the figures never use."""
        return [
            {"id": block.get("id") or _stable_id(block["value"]["title"]), "title": block["value"]["title"]}
            for block in self.dimensions.raw_data
        ]

    def advice(self):
        """Dimension id → its advice, aspect, steps and tools, as the scan reads now."""
        return {block.id: block.value for block in self.dimensions if block.id}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["statement_count"] = sum(len(block.value["statements"]) for block in self.dimensions)
        context["retention_days"] = settings.SCAN_RETENTION_DAYS
        return context

    # The visitor's routes; the views live in scans.views.

    @path("")
    def start(self, request):
        return _views().start(request, self)

    @path("invullen/<str:token>/<int:step>/")
    def answer(self, request, token, step):
        return _views().answer(request, self, token, step)

    @path("uitslag/<str:token>/")
    def personal_result(self, request, token):
        return _views().personal_result(request, self, token)

    @path("team/<str:token>/")
    def join(self, request, token):
        return _views().join(request, self, token)

    @path("teamuitslag/<str:token>/")
    def team_result(self, request, token):
        return _views().team_result(request, self, token)

    @path("teamuitslag/<str:token>/csv/")
    def team_csv(self, request, token):
        return _views().team_csv(request, self, token)


def _views():
    from scans import views  # the views import these models

    return views


def _stable_id(text):
    # Block ids exist once a page is saved; this only covers an unsaved preview.
    return hashlib.sha256(text.encode()).hexdigest()[:16]
