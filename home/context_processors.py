"""The site settings every page's footer shows, read once per content version instead of once per page.

Saving the settings replaces the content version (home.apps), so the next page shows the change.
"""

from django.utils.functional import SimpleLazyObject

from toolbox_site.content_version import built_for_current_version

from .models import SiteSettings


def _values():
    settings = SiteSettings.load()
    return {"footer_text": settings.footer_text, "contact_email": settings.contact_email}


def site_settings(request):
    """`site_settings.footer_text` and `site_settings.contact_email`, as plain values."""
    return {"site_settings": SimpleLazyObject(lambda: built_for_current_version(("site settings",), _values))}
