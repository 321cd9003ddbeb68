"""The project-level views (toolbox_site/views.py): /healthz reflects the database."""

import pytest
from django.db import DatabaseError


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    from toolbox_site import views

    class BrokenCursor:
        def __enter__(self):
            raise DatabaseError("connection refused")

        def __exit__(self, *args):
            return False

    monkeypatch.setattr(views.connection, "cursor", lambda: BrokenCursor())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"
