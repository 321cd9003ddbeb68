"""One way to build a listing queryset: live, public, no StreamFields, taxonomies prefetched."""

from wagtail.models import PageManager
from wagtail.query import PageQuerySet


class ListingPageQuerySet(PageQuerySet):
    def for_listing(self):
        """Live public pages ready for a listing: a fixed number of queries whatever the count."""
        return (
            self.live()
            .public()
            .defer_streamfields()
            .select_related(*getattr(self.model, "listing_select", ()))
            .prefetch_related(*self.model.listing_prefetch)
        )


ListingPageManager = PageManager.from_queryset(ListingPageQuerySet)
