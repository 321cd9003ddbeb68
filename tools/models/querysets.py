"""One way to build a listing queryset: the live pages visitors may see."""

from wagtail.models import PageManager

from toolbox_site.querysets import PublicPageQuerySet


class ListingPageQuerySet(PublicPageQuerySet):
    def for_listing(self):
        """Live public pages, the set a finder lists (its cards come from `listing_cards()`)."""
        return self.live().public()


ListingPageManager = PageManager.from_queryset(ListingPageQuerySet)
