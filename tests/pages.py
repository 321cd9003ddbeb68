"""Helpers for tests that request pages as a visitor does."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def page_html(client, url):
    """The HTML of `url`, which must answer 200."""
    response = client.get(url)
    assert response.status_code == 200, url
    return response.text


def count_queries(client, url):
    """How many SQL queries one request for `url` runs."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
