"""Atom feeds of the newest tools and practice stories, for readers and other sites.

A page enters its feed when it is first published and keeps that place; the feeds list only
live public pages, newest first.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from .models import PracticeStoryPage, StoryIndexPage, ToolIndexPage, ToolPage

FEED_LENGTH = 20
SITE_NAME = settings.WAGTAIL_SITE_NAME


class NewPagesFeed(Feed):
    """The newest live public pages of `model`, linked to the finder page `index_model` lists them on."""

    feed_type = Atom1Feed
    author_name = SITE_NAME
    model = None
    index_model = None

    def get_object(self, request, *args, **kwargs):
        # The feed object is shared by every request: per-request state travels in `obj`.
        return request

    def link(self, request):
        index = self.index_model.objects.live().public().first()
        return index.get_url(request) if index else "/"

    def items(self, request):
        pages = list(
            self.model.objects.live()
            .public()
            .filter(first_published_at__isnull=False)
            .order_by("-first_published_at", "-pk")
            .defer_streamfields()
            .prefetch_related("themes")[:FEED_LENGTH]
        )
        for page in pages:
            page.feed_link = page.get_url(request)
        return pages

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        # Atom1Feed writes the summary as type="html": escaped, the plain text stays plain.
        return escape(page.summary)

    def item_link(self, page):
        return page.feed_link

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at or page.first_published_at

    def item_categories(self, page):
        return [theme.name for theme in page.themes.all()]


class NewToolsFeed(NewPagesFeed):
    model = ToolPage
    index_model = ToolIndexPage
    title = f"Nieuwe tools – {SITE_NAME}"
    subtitle = "Methodes, handreikingen, scans en andere hulpmiddelen voor wijknetwerken, de nieuwste eerst."


class NewStoriesFeed(NewPagesFeed):
    model = PracticeStoryPage
    index_model = StoryIndexPage
    title = f"Nieuwe praktijkverhalen – {SITE_NAME}"
    subtitle = "Hoe wijknetwerken in het hele land begonnen, wat ze leerden en hoe het verderging, de nieuwste eerst."
