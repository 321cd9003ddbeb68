"""Login protection: who is trying (the client's address behind the load balancer) and the lockout page."""

from django.conf import settings
from django.shortcuts import render


def client_ip(request):
    """The visitor's address: the one the trusted proxies saw, not the last proxy's own.

    With TRUSTED_PROXY_COUNT=N the N-th address from the right of X-Forwarded-For is the client
    (each trusted proxy appends the address it received the request from); without proxies, or
    with a header shorter than that, it is REMOTE_ADDR. Addresses further left can be forged.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


def login_name(request, credentials):
    """Who a login attempt is for: the editor's user name, or the e-mail address of a workspace account."""
    credentials = credentials or {}
    return credentials.get("username") or credentials.get("email") or request.POST.get("login")


def lockout(request, original_response=None, credentials=None):
    """The Dutch page for a login that django-axes has locked out (HTTP 429)."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "axes_lockout.html", context, status=429)
