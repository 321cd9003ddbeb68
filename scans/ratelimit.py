"""How often one address may start scans and send answers (settings.SCAN_RATE_LIMITS)."""

from django.conf import settings

from toolbox_site import ratelimit


def exceeded(request, kind):
    """Count this request against `kind` ("start" or "answer"); True once over the limit."""
    limit, window = settings.SCAN_RATE_LIMITS[kind]
    return ratelimit.exceeded(request, f"scan-{kind}", limit, window)
