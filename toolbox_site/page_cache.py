"""Whole-page cache for anonymous visitors, emptied by every content change.

A visitor without a session gets the same HTML as every other such visitor, so a page's response
is kept under its host, path and query string, and under the content version
(toolbox_site.content_version). Every publish, unpublish, move or delete of a page, and every
change to roles, themes, success factors, site settings, images or documents, replaces that
version, so no key of before the change is asked for again; the old entries expire on their own.

Never kept: other methods than GET, requests with a session cookie (editors, signed-in network
members) or a message cookie, the admin and document downloads, and responses that are not a
plain 200 (cookies set, the CSRF token used, streaming, or marked private or no-store). The
cache is the `default` cache: local memory, or Redis with REDIS_URL. If the cache fails, the
page is made as if nothing was cached; the error is logged, never shown.
"""

import hashlib
import logging

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse

from .content_version import ContentVersion

logger = logging.getLogger(__name__)

SKIPPED_PREFIXES = ("/admin/", "/documenten/", "/healthz")
NOT_SHARED = ("private", "no-store", "no-cache")


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = self._key(request)
        if key is None:
            return self.get_response(request)
        cached = self._read(key)
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content, headers=headers)
            response["X-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self._shareable(request, response):
            self._write(key, (response.content, dict(response.items())))
            response["X-Cache"] = "miss"
        return response

    def _key(self, request):
        if not settings.PAGE_CACHE_SECONDS or request.method != "GET" or request.path.startswith(SKIPPED_PREFIXES):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES or CookieStorage.cookie_name in request.COOKIES:
            return None  # an editor, a signed-in user, or a message to show once (after signing out)
        try:
            host = request.get_host()
        except DisallowedHost:
            return None  # Django answers 400 further on
        path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        return f"page:{ContentVersion.current()}:{host}:{path}"

    @staticmethod
    def _shareable(request, response):
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_USED")
            and not any(word in response.get("Cache-Control", "") for word in NOT_SHARED)
        )

    @staticmethod
    def _read(key):
        try:
            return cache.get(key)
        except Exception:  # a cache that is down must not take the site with it
            logger.exception("page cache: reading %s failed", key)
            return None

    @staticmethod
    def _write(key, value):
        try:
            cache.set(key, value, settings.PAGE_CACHE_SECONDS)
        except Exception:
            logger.exception("page cache: writing %s failed", key)
