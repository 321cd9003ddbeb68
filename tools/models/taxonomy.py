"""Editable taxonomies: roles and themes (ordered snippets with a slug) and free tags."""

from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

SLUG_HELP = (
    "Deel van het webadres van een filter, bijvoorbeeld ?thema=dementie. Alleen kleine letters, cijfers en streepjes."
)


class Taxonomy(index.Indexed, models.Model):
    name = models.CharField("naam", max_length=120, unique=True)
    slug = models.SlugField("slug", max_length=120, unique=True, help_text=SLUG_HELP)
    description = models.TextField(
        "beschrijving", blank=True, help_text="Optioneel: een zin die uitlegt wat hieronder valt."
    )
    sort_order = models.PositiveSmallIntegerField(
        "volgorde", default=0, help_text="Lagere nummers staan eerder in de filters."
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Role(Taxonomy):
    """Who a tool or story is for: a GP, a resident, a kartrekker, the municipality, ..."""

    class Meta(Taxonomy.Meta):
        verbose_name = "rol"
        verbose_name_plural = "rollen"


class Theme(Taxonomy):
    """What a tool or story is about: dementia, loneliness, funding, ..."""

    class Meta(Taxonomy.Meta):
        verbose_name = "thema"
        verbose_name_plural = "thema's"


class ToolTag(TaggedItemBase):
    content_object = ParentalKey("tools.ToolPage", on_delete=models.CASCADE, related_name="tagged_items")


class StoryTag(TaggedItemBase):
    content_object = ParentalKey("tools.PracticeStoryPage", on_delete=models.CASCADE, related_name="tagged_items")
