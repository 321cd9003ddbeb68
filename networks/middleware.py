"""Private answers: every page of the workspace and of the accounts, and every page a signed-in user sees.

A signed-in member sees their network's progress on public step pages and "Mijn netwerk" in the
header of every page, so no answer to a signed-in user may be kept by a shared cache. The pages
under /netwerk/ and /account/ (invitations and sign-in included, also for a signed-out visitor)
are private, not indexed, and their address is never sent to another site as a referrer. The
anonymous page cache (toolbox_site.page_cache) stores none of these: it keeps only shareable
answers.
"""

from django.urls import reverse
from django.utils.cache import patch_cache_control


def private_prefixes():
    """The workspace (/netwerk/) and the folder of django-allauth's screens (/account/)."""
    login = reverse("account_login")
    return (reverse("networks:index"), login[: login.rstrip("/").rindex("/") + 1])


class PrivateWorkspaceMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = None

    def __call__(self, request):
        response = self.get_response(request)
        if self.prefixes is None:
            self.prefixes = private_prefixes()
        user = getattr(request, "user", None)
        if request.path.startswith(self.prefixes):
            patch_cache_control(response, private=True, no_store=True)
            response["X-Robots-Tag"] = "noindex, nofollow"
            response["Referrer-Policy"] = "same-origin"
            if getattr(request, "rate_limited", False) and response.status_code == 200:
                response.status_code = 429  # an allauth form past its rate limit (networks.accounts)
        elif user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
