"""Page querysets whose `.public()` costs no query: the restricted sections are read once per content version.

Wagtail's `PageQuerySet.public()` reads every PageViewRestriction each time it is called, so a
page with four listings read the table four times. The sections are a few (path, depth) pairs,
the same for every visitor, and a new or removed restriction, or a moved page, replaces the
content version (toolbox_site.signals). Who may see a restricted page is still checked by
Wagtail itself when the page is served; this only keeps such pages out of listings.
"""

from django.db.models import Q
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from .content_version import built_for_current_version


def restricted_sections():
    """(path, depth) of every page with a view restriction: plain values, shared by the requests of one version."""
    return built_for_current_version("restricted-sections", _read_restricted_sections)


def _read_restricted_sections():
    rows = PageViewRestriction.objects.order_by("page__path").values_list("page__path", "page__depth").distinct()
    return tuple(rows)


class PublicPageQuerySet(PageQuerySet):
    def private_q(self):
        """What Wagtail's `private_q` matches (a restricted page and every page below it), without a query."""
        q = Q()
        for path, depth in restricted_sections():
            q |= Q(path__startswith=path, depth__gte=depth)
        return q if q else Q(pk__in=[])  # no private section: match no page


PublicPageManager = PageManager.from_queryset(PublicPageQuerySet)
