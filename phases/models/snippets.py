"""Success aspects (Kaats & Opheij) and the factors and indicators that belong to each."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class SuccessAspect(index.Indexed, models.Model):
    name = models.CharField("naam", max_length=120)
    slug = models.SlugField(
        "slug",
        max_length=120,
        unique=True,
        help_text="Deel van de webadres; alleen kleine letters, cijfers en streepjes.",
    )
    description = models.TextField(
        "beschrijving", help_text="Leg in twee of drie zinnen uit wat dit aspect betekent voor een netwerk."
    )
    sort_order = models.PositiveSmallIntegerField("volgorde", default=0, help_text="Lagere nummers staan eerder.")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("description")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "succesaspect"
        verbose_name_plural = "succesaspecten"

    def __str__(self):
        return self.name


class SuccessFactor(index.Indexed, models.Model):
    class Kind(models.TextChoices):
        INDICATOR = "indicator", "Indicator (Kaats & Opheij)"
        PRACTICE = "praktijk", "Succesfactor uit de praktijk"

    aspect = models.ForeignKey(
        SuccessAspect,
        verbose_name="aspect",
        on_delete=models.PROTECT,
        related_name="factors",
        help_text="Het aspect van goede samenwerking waar deze factor bij hoort.",
    )
    name = models.CharField("naam", max_length=160)
    slug = models.SlugField(
        "slug",
        max_length=160,
        unique=True,
        help_text="Deel van de webadres; alleen kleine letters, cijfers en streepjes.",
    )
    kind = models.CharField(
        "soort",
        max_length=20,
        choices=Kind.choices,
        default=Kind.PRACTICE,
        help_text="Een indicator komt uit het model van Kaats & Opheij; "
        "een praktijkfactor zag je terug in de praktijkverhalen.",
    )
    description = models.TextField("beschrijving", help_text="Wat houdt deze factor in, en waar zie je hem terug?")
    sort_order = models.PositiveSmallIntegerField(
        "volgorde", default=0, help_text="Lagere nummers staan eerder binnen het aspect."
    )

    panels = [
        FieldPanel("aspect"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("aspect"),
    ]

    class Meta:
        ordering = ["aspect__sort_order", "sort_order", "name"]
        verbose_name = "succesfactor"
        verbose_name_plural = "succesfactoren"

    def __str__(self):
        return self.name

    @property
    def anchor(self):
        """The fragment of this factor on the success factors page."""
        return f"factor-{self.slug}"
