"""The success factors page (`/succesfactoren/`): every success factor by aspect, with the stories that show it."""

from django.db.models import Prefetch

from toolbox_site.pages import Navigation, SectionPage

from .pages import practice_stories
from .snippets import SuccessAspect, SuccessFactor


class SuccessFactorsPage(SectionPage):
    """Lists every success factor grouped by aspect, with the stories that show it."""

    subpage_types = []
    navigation = Navigation(
        "success",
        "Succesfactoren",
        "Wat maakt samenwerken in de wijk kansrijk? Vijf aspecten en hun kenmerken.",
        40,
    )

    class Meta:
        verbose_name = "succesfactorenpagina"
        verbose_name_plural = "succesfactorenpagina's"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["aspects"] = self.aspects_with_factors()
        return context

    @staticmethod
    def aspects_with_factors():
        live_stories = practice_stories().live().public().order_by("title").only("id", "title", "slug", "url_path")
        factors = SuccessFactor.objects.order_by("kind", "sort_order", "name").prefetch_related(
            Prefetch("stories", queryset=live_stories, to_attr="live_stories")
        )
        return SuccessAspect.objects.prefetch_related(Prefetch("factors", queryset=factors))
