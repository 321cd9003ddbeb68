"""The read-only open data API (Wagtail API v2): steps, tools and practice stories for other sites.

Every endpoint lists live public pages only and names its fields in an allow-list here, never
through a model's `api_fields`: a field added to a model later (such as a story's submission with
a contact address) stays private until someone adds it to `endpoints.py` on purpose.

Filters are the finders' facets (tools.facets), read strictly: a value is a slug, a parameter may
repeat and may hold several values separated by commas, values of one facet are OR-ed and facets
AND-ed. Anything the API does not know answers 400 with a Dutch message, never a 500.

The pieces: `filters` reads the query string, `fields` writes the values, `endpoints` holds the
three listings and the router that `toolbox_site.urls` mounts at /api/v2/.
"""

from .endpoints import api_router

__all__ = ["api_router"]
