"""The home page and the site-wide settings editors can change."""

from django.db import models
from django.http import Http404
from django.urls import Resolver404
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
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

    def route(self, request, path_components):
        """Wagtail's walk down the page tree from the site's root, with the pages on the way read in one query.

        Wagtail reads a child and then its specific page at every level of the path. Here the
        pages whose URL path the request's path starts with are read at once (drafts too: Wagtail
        walks through a draft parent), and the walk ends at the last of them, or earlier at a page
        that routes paths of its own (a step's `werkmap/`, the stories' `delen/`), whose `route`
        takes the rest. That `route` answers 404 for a draft; the serve view still checks view
        restrictions afterwards.
        """
        if not path_components:
            return super().route(request, path_components)
        url_paths = [
            self.url_path + "".join(f"{slug}/" for slug in path_components[:n])
            for n in range(1, len(path_components) + 1)
        ]
        on_the_way = {
            page.url_path: page
            for page in Page.objects.descendant_of(self).filter(slug__in=path_components, url_path__in=url_paths)
        }
        page = self
        for matched, url_path in enumerate(url_paths, start=1):
            child = on_the_way.get(url_path)
            if child is None:
                raise Http404  # no child page with this slug: where Wagtail's walk stops too
            child._cached_parent_obj = page  # as in Wagtail's walk: get_parent() needs no query
            page = child
            if _routes_itself(page.specific_class, path_components[matched:]):
                return page.specific.route(request, path_components[matched:])  # its own paths, or its children
        return page.specific.route(request, [])

    def featured_pages(self):
        """The featured steps, tools and stories, live only, as their specific pages."""
        items = self.featured_items.select_related("linked_page").order_by("sort_order")
        pages = [item.linked_page for item in items if item.linked_page and item.linked_page.live]
        specific = {
            page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific().defer_streamfields()
        }
        return [specific[page.pk] for page in pages if page.pk in specific]


def _routes_itself(page_class, rest):
    """Whether the walk hands the rest of the path to this page's own `route`.

    A routable page (RoutablePageMixin) takes the rest when one of its routes matches it, as
    RoutablePageMixin.route tries its routes before its children: a phase takes `eenvoudig/` and
    leaves `<step>/` to the walk. A page with another `route` of its own always takes the rest.
    """
    if page_class is None or page_class.route is Page.route:
        return False
    if not rest or not issubclass(page_class, RoutablePageMixin):
        return True
    try:
        page_class.get_resolver().resolve("/" + "/".join(rest) + "/")
    except Resolver404:
        return False
    return True


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
