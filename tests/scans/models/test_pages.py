"""The scan pages (scans/models/pages.py): the index's listing, their links with tools, a scan composed in
the admin, and the retention command over their answers."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from scans.models import ScanPage, ScanResponse, ScanVersion, TeamRound
from tests import factories

pytestmark = pytest.mark.django_db


def test_the_index_lists_the_live_scans(client, home):
    live = factories.ScanPageFactory(title="Scan kansrijke samenwerking")
    draft = factories.ScanPageFactory(title="Nog niet klaar", live=False)
    html = client.get("/zelfscans/").text
    assert live.title in html and draft.title not in html
    assert 'href="/zelfscans/"' in client.get("/").text  # in the main navigation


def test_a_tool_links_to_the_online_scan_based_on_it(client, home):
    tool = factories.ToolPageFactory(title="Indicatoren")
    scan = factories.ScanPageFactory(title="Scan kansrijke samenwerking", tool=tool)
    html = client.get(tool.url).text
    assert "Doe deze scan online" in html and f'href="{scan.url}"' in html
    assert f'href="{tool.url}"' in client.get(scan.url).text


def test_an_editor_composes_a_scan_in_the_admin(admin_client, home):
    index = factories.ScanIndexPageFactory()
    aspect = factories.SuccessAspectFactory(name="Gedeelde ambitie")
    data = nested_form_data(
        {
            "title": "Scan voor ons netwerk",
            "slug": "scan-voor-ons-netwerk",
            "intro": "Hoe gaat het?",
            "duration": "Vijf minuten",
            "scale": "vaak",
            "dimensions": streamfield(
                [
                    (
                        "dimension",
                        {
                            "title": "Ambitie",
                            "description": "",
                            "aspect": aspect.pk,
                            "statements": streamfield([("item", "Wij praten over ons doel.")]),
                            "advice": rich_text("<p>Spreek het doel uit.</p>"),
                            "steps": streamfield([]),
                            "tools": streamfield([]),
                        },
                    )
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/scans/scanpage/{index.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    scan = ScanPage.objects.get(slug="scan-voor-ons-netwerk")
    definition = scan.definition()
    assert definition["scale"] == ["nooit", "zelden", "soms", "vaak", "altijd"]
    assert definition["dimensions"][0]["statements"][0]["text"] == "Wij praten over ons doel."
    assert definition["dimensions"][0]["statements"][0]["id"]  # the admin gives every statement an id


def test_a_scan_without_statements_is_refused_in_the_admin(admin_client, home):
    index = factories.ScanIndexPageFactory()
    data = nested_form_data(
        {
            "title": "Lege scan",
            "slug": "lege-scan",
            "intro": "Leeg.",
            "scale": "eens",
            "dimensions": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/scans/scanpage/{index.pk}/", data)
    assert response.status_code == 200
    assert not ScanPage.objects.filter(slug="lege-scan").exists()


def test_retention_deletes_old_rounds_and_answers_and_keeps_recent_ones(home, settings):
    settings.SCAN_RETENTION_DAYS = 30
    scan = factories.ScanPageFactory()
    version = ScanVersion.current(scan)
    old = timezone.now() - timedelta(days=31)
    old_round = TeamRound.objects.create(scan=scan, version=version, created_at=old)
    ScanResponse.objects.create(version=version, round=old_round, answers={"x": 3})
    ScanResponse.objects.create(version=version, created_at=old)
    recent_round = TeamRound.objects.create(scan=scan, version=version)
    kept = ScanResponse.objects.create(version=version, round=recent_round)
    kept_alone = ScanResponse.objects.create(version=version, created_at=timezone.now() - timedelta(days=29))

    out = io.StringIO()
    call_command("delete_expired_scan_answers", stdout=out)

    assert "Verwijderd: teamrondes 1, antwoorden 2, ongebruikte scanversies 0." in out.getvalue()
    assert list(TeamRound.objects.all()) == [recent_round]
    assert set(ScanResponse.objects.all()) == {kept, kept_alone}
    assert ScanVersion.objects.filter(pk=version.pk).exists()  # still answered


def test_retention_also_removes_versions_nobody_answers_any_more(home, settings):
    settings.SCAN_RETENTION_DAYS = 30
    scan = factories.ScanPageFactory()
    version = ScanVersion.current(scan)
    ScanVersion.objects.filter(pk=version.pk).update(created_at=timezone.now() - timedelta(days=40))
    ScanResponse.objects.create(version=version, created_at=timezone.now() - timedelta(days=40))
    call_command("delete_expired_scan_answers", verbosity=0)
    assert not ScanVersion.objects.exists()
