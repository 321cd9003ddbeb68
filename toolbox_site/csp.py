"""The admin's relaxation of the site's Content-Security-Policy: inline styles only.

Wagtail's admin widgets set inline styles (and show uploads from blob: URLs), so under /admin/
the policy allows those. Scripts stay as strict as on the public site: the inline scripts Wagtail
writes are turned into data that static/js/admin-init.js runs (toolbox_site.admin_scripts).
"""

from csp.constants import UNSAFE_INLINE

ADMIN_PREFIX = "/admin/"


class AdminStylesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(ADMIN_PREFIX):
            response._csp_update = {"style-src": [UNSAFE_INLINE], "img-src": ["blob:"]}
        return response
