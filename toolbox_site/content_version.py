"""A token that changes whenever content a visitor sees changes, shared by every server process.

What is derived from the content and kept in memory per process (the facet and word indexes,
the navigation) and the anonymous page cache are all made for one token. The base knows no app:
each app replaces the token from its own `AppConfig.ready` when its models change (see
`bump_on_change`).
"""

import contextlib
import threading
import uuid

from django.db import models

LISTINGS = "listings"

_request = threading.local()  # the token as first read in the current request, see `request_scope`
_lock = threading.Lock()
_built = {}


class ContentVersion(models.Model):
    """One row per kind of derived data; its token is replaced on every relevant change.

    Each gunicorn worker keeps its indexes in memory and compares its
    token with this row on every request, so a publish in one worker reaches all of them.
    """

    name = models.CharField(max_length=40, primary_key=True)
    token = models.UUIDField(default=uuid.uuid4)

    class Meta:
        # The table of the app it was first made in (tools); the model moved, the row stayed.
        db_table = "tools_contentversion"
        verbose_name = "inhoudsversie"
        verbose_name_plural = "inhoudsversies"

    def __str__(self):
        return f"{self.name}: {self.token}"

    @classmethod
    def bump(cls, name=LISTINGS):
        cls.objects.update_or_create(name=name, defaults={"token": uuid.uuid4()})
        tokens = getattr(_request, "tokens", None)
        if tokens:
            tokens.pop(name, None)

    @classmethod
    def current(cls, name=LISTINGS):
        """The token; read once per request inside `request_scope`, on every call outside it."""
        tokens = getattr(_request, "tokens", None)
        if tokens is not None and name in tokens:
            return tokens[name]
        token = cls.objects.filter(name=name).values_list("token", flat=True).first()
        if tokens is not None:
            tokens[name] = token
        return token

    @staticmethod
    @contextlib.contextmanager
    def request_scope():
        """One request sees one content version, however many listings and indexes it consults."""
        _request.tokens = {}
        try:
            yield
        finally:
            _request.tokens = None


def built_for_current_version(key, build, name=LISTINGS):
    """`build()`, made once per content version in each process and kept until the version changes."""
    token = ContentVersion.current(name)
    with _lock:
        cached = _built.get(key)
    if cached is not None and cached[0] == token:
        return cached[1]
    value = build()
    with _lock:
        _built[key] = (token, value)
    return value


class ContentVersionMiddleware:
    """Reads the content version at most once per request (see ContentVersion.request_scope)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with ContentVersion.request_scope():
            return self.get_response(request)
