"""The stories' section page: the finder over every practice story, and the form to share one (tools.views)."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from toolbox_site.pages import Navigation

from ..facets import STORY_FACETS
from .index import FinderIndexPage


class StoryIndexPage(RoutablePageMixin, FinderIndexPage):
    """The "Praktijkverhalen" page: the finder over every practice story, and the form to share one."""

    subpage_types = ["tools.PracticeStoryPage"]
    listed_model = "tools.PracticeStoryPage"
    facets = STORY_FACETS
    noun = ("praktijkverhaal", "praktijkverhalen")
    search_label = "Zoek in de praktijkverhalen"
    navigation = Navigation(
        "stories",
        "Praktijkverhalen",
        "Netwerken in stad en dorp vertellen hoe zij het aanpakten, ook wat er misging.",
        30,
    )

    class Meta:
        verbose_name = "overzicht praktijkverhalen"
        verbose_name_plural = "overzichten praktijkverhalen"

    @property
    def share_story_url(self):
        return self.url + self.reverse_subpage("share_story")

    @path("delen/")
    def share_story(self, request):
        from tools.views import share_story  # the views import these models

        return share_story(request, self)

    @path("delen/bedankt/")
    def share_story_thanks(self, request):
        from tools.views import share_story_thanks

        return share_story_thanks(request, self)
