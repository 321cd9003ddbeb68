"""How often one address (or one e-mail address) may do something, counted in the shared cache."""

import hashlib
import logging
import time

from django.core.cache import cache

from toolbox_site.security import client_ip

logger = logging.getLogger(__name__)


def exceeded(request, kind, limit, window, *, per=None):
    """Count this request against `kind`; True once one address passes `limit` in `window` seconds.

    Fixed windows per address, or per `per` (such as an e-mail address) when it is given. A
    cache that is down counts nothing: the visitor goes on.
    """
    who = client_ip(request) if per is None else hashlib.sha256(per.strip().lower().encode()).hexdigest()
    key = f"rate:{kind}:{who}:{int(time.time() // window)}"
    try:
        cache.add(key, 0, window)
        count = cache.incr(key)
    except Exception:
        logger.exception("rate limit: counting %s failed", key)
        return False
    return count > limit
