"""One way to build a listing queryset: the live pages visitors may see."""

from wagtail.models import PageManager
from wagtail.query import PageQuerySet


class ListingPageQuerySet(PageQuerySet):
    def for_listing(self):
        """Live public pages, the set a finder lists (its cards come from `listing_cards()`)."""
        return self.live().public()


ListingPageManager = PageManager.from_queryset(ListingPageQuerySet)
