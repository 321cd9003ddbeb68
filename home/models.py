"""The home page and the site-wide settings editors can change."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from toolbox_site.blocks import RecommendationBlock


class HomePage(Page):
    intro = models.TextField("inleiding", help_text="Twee of drie zinnen die zeggen wat een bezoeker hier vindt.")
    recommendations = StreamField(
        [("recommendation", RecommendationBlock())],
        verbose_name="aanbevelingen",
        blank=True,
        help_text="De aanbevelingen uit het onderzoek, elk met advies per doelgroep.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("featured_items", heading="Uitgelicht", label="uitgelichte pagina", max_num=9),
        FieldPanel("recommendations"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = "homepage"
        verbose_name_plural = "homepages"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = self.featured_pages()
        return context

    def featured_pages(self):
        """The featured steps, tools and stories, live only, as their specific pages."""
        items = self.featured_items.select_related("linked_page").order_by("sort_order")
        pages = [item.linked_page for item in items if item.linked_page and item.linked_page.live]
        specific = {
            page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific().defer_streamfields()
        }
        return [specific[page.pk] for page in pages if page.pk in specific]


class HomeFeaturedItem(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    linked_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="pagina",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Een stap, tool of praktijkverhaal om op de homepage uit te lichten.",
    )

    panels = [PageChooserPanel("linked_page", ["phases.StepPage", "tools.ToolPage", "tools.PracticeStoryPage"])]

    class Meta(Orderable.Meta):
        verbose_name = "uitgelichte pagina"
        verbose_name_plural = "uitgelichte pagina's"


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    footer_text = models.TextField(
        "tekst in de voettekst",
        blank=True,
        help_text="Een korte tekst over wie deze toolbox maakt, onderaan elke pagina.",
    )
    contact_email = models.EmailField(
        "e-mailadres redactie", blank=True, help_text="Waar bezoekers aanvullingen en fouten kunnen melden."
    )

    panels = [FieldPanel("footer_text"), FieldPanel("contact_email")]

    class Meta:
        verbose_name = "site-instellingen"
