"""How often one address may start scans and send answers, counted in the shared cache."""

import logging
import time

from django.conf import settings
from django.core.cache import cache

from toolbox_site.security import client_ip

logger = logging.getLogger(__name__)


def exceeded(request, kind):
    """Count this request against `kind` ("start" or "answer"); True once over the limit.

    Fixed windows per address. A cache that is down counts nothing: answering goes on.
    """
    limit, window = settings.SCAN_RATE_LIMITS[kind]
    key = f"scan-rate:{kind}:{client_ip(request)}:{int(time.time() // window)}"
    try:
        cache.add(key, 0, window)
        count = cache.incr(key)
    except Exception:
        logger.exception("scan rate limit: counting %s failed", key)
        return False
    return count > limit
