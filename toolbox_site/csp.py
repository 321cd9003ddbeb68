"""The admin's relaxation of the site's Content-Security-Policy.

Wagtail's admin still writes a few inline scripts (the date pickers and the inline panels, such
as a story's status updates) and inline styles, so under /admin/ the policy also allows
'unsafe-inline' for those two; everything else stays as strict as on the public site, which
allows no inline script at all.
"""

from csp.constants import UNSAFE_INLINE

ADMIN_PREFIX = "/admin/"


class AdminScriptsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(ADMIN_PREFIX):
            response._csp_update = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE], "img-src": ["blob:"]}
        return response
