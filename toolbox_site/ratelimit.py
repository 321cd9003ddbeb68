"""How often one address may do something (start a scan, send a story), counted in the shared cache."""

import logging
import time

from django.core.cache import cache

from toolbox_site.security import client_ip

logger = logging.getLogger(__name__)


def exceeded(request, kind, limit, window):
    """Count this request against `kind`; True once one address passes `limit` in `window` seconds.

    Fixed windows per address. A cache that is down counts nothing: the visitor goes on.
    """
    key = f"rate:{kind}:{client_ip(request)}:{int(time.time() // window)}"
    try:
        cache.add(key, 0, window)
        count = cache.incr(key)
    except Exception:
        logger.exception("rate limit: counting %s failed", key)
        return False
    return count > limit
