"""The open data endpoint of the comparison (scans/api.py, /api/v2/vergelijking/), and the invented
comparison data of `make demo` (load_demo_comparison) that feeds it and the public page."""

import io
import json

import pytest
from django.core.management import call_command

from scans.models import ComparisonEntry, ScanVersion, TeamRound
from tests import factories
from tools.choices import Province, Setting

pytestmark = pytest.mark.django_db

API = "/api/v2/vergelijking/"


def add_networks(scan, count, *, score=3.0, first=1, is_demo=True, **facts):
    facts = {"phase": 1, "setting": Setting.CITY, "province": Province.GELDERLAND} | facts
    scores = dict.fromkeys((d["id"] for d in scan.dimension_headings()), score)
    for number in range(first, first + count):
        team_round = None if is_demo else TeamRound.objects.create(scan=scan, version=ScanVersion.current(scan))
        ComparisonEntry.objects.create(
            scan=scan,
            round=team_round,
            team=f"netwerk-{number}-geheim",
            respondents=5,
            scores=scores,
            is_demo=is_demo,
            **facts,
        )


def read(client, **query):
    response = client.get(API, query)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def by(items, key, value):
    (item,) = [i for i in items if i[key] == value]
    return item


def test_the_endpoint_gives_per_scan_the_spread_overall_per_phase_and_per_province(client, scan, phases):
    add_networks(scan, 5, score=4.0, phase=2, province=Province.UTRECHT)
    data = read(client)
    assert set(data) == {"html_url", "drempels", "filters", "demo", "scans"}
    assert data["html_url"].endswith("/zelfscans/landelijk-beeld/")
    assert data["filters"] == {"fase": None, "omgeving": None, "provincie": None}
    (item,) = data["scans"]
    assert {k: item[k] for k in ("id", "titel", "slug")} == {"id": scan.pk, "titel": scan.title, "slug": scan.slug}
    assert item["html_url"].endswith(scan.url)
    assert [d["titel"] for d in item["onderdelen"]] == ["Ambitie", "Belangen", "Organiseren"]
    overall = item["alle_netwerken"]
    assert overall["getoond"] is True and overall["netwerken"] == 5
    assert overall["onderdelen"][0] == {
        "id": item["onderdelen"][0]["id"],
        "titel": "Ambitie",
        "getoond": True,
        "netwerken": 5,
        "q1": 4.0,
        "mediaan": 4.0,
        "q3": 4.0,
    }
    assert [g["fase"]["nummer"] for g in item["per_fase"]] == [1, 2, 3, 4]
    assert by(item["per_fase"], "fase", {"nummer": 2, "naam": "Fase 2: Netwerk vormgeven"})["getoond"] is True
    assert [g["provincie"]["slug"] for g in item["per_provincie"]] == Province.values
    assert by(item["per_provincie"], "provincie", {"slug": "utrecht", "naam": "Utrecht"})["netwerken"] == 5


def test_the_thresholds_come_from_settings_and_hide_small_groups_entirely(client, scan, settings):
    add_networks(scan, 5, score=4.0, province=Province.UTRECHT)
    add_networks(scan, 4, score=2.0, first=6, province=Province.ZEELAND)
    data = read(client)
    assert data["drempels"] == {"min_deelnemers_per_ronde": 3, "min_netwerken_per_groep": 5}
    provinces = {g["provincie"]["slug"]: g for g in data["scans"][0]["per_provincie"]}
    assert provinces["utrecht"]["getoond"] is True and provinces["utrecht"]["netwerken"] == 5
    assert provinces["zeeland"] == {"provincie": {"slug": "zeeland", "naam": "Zeeland"}, "getoond": False}

    settings.COMPARISON_MIN_NETWORKS = 10
    data = read(client)
    assert data["drempels"]["min_netwerken_per_groep"] == 10
    assert data["scans"][0]["alle_netwerken"] == {"getoond": False}  # 9 networks: nothing, not even the count

    settings.COMPARISON_MIN_NETWORKS, settings.COMPARISON_MIN_RESPONDENTS = 5, 6
    assert read(client)["scans"][0]["alle_netwerken"] == {"getoond": False}  # rounds of 5 no longer count


def test_the_filters_narrow_every_figure(client, scan):
    add_networks(scan, 5, score=2.0, phase=1)
    add_networks(scan, 5, score=4.0, first=6, phase=3, setting=Setting.VILLAGE)
    assert read(client)["scans"][0]["alle_netwerken"]["onderdelen"][0]["mediaan"] == 3.0
    data = read(client, omgeving="dorp")
    assert data["filters"] == {"fase": None, "omgeving": "dorp", "provincie": None}
    item = data["scans"][0]
    assert item["alle_netwerken"]["onderdelen"][0]["mediaan"] == 4.0
    assert by(item["per_provincie"], "provincie", {"slug": "gelderland", "naam": "Gelderland"})["netwerken"] == 5
    data = read(client, fase="1", provincie="gelderland")
    assert [g["fase"]["nummer"] for g in data["scans"][0]["per_fase"]] == [1]
    assert [g["provincie"]["slug"] for g in data["scans"][0]["per_provincie"]] == ["gelderland"]
    assert data["scans"][0]["alle_netwerken"]["onderdelen"][0]["mediaan"] == 2.0


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ({"fase": "5"}, "Onbekende waarde bij ‘fase’. Kies uit: 1, 2, 3, 4."),
        ({"provincie": "atlantis"}, "Onbekende waarde bij ‘provincie’"),
        ({"omgeving": "<script>"}, "Onbekende waarde bij ‘omgeving’. Kies uit: stad, dorp, regio."),
        ({"thema": "dementie"}, "Onbekende parameter ‘thema’. Deze lijst kent: ‘fase’, ‘omgeving’, ‘provincie’."),
        ({"fase": ["1", "2"]}, "Geef ‘fase’ hoogstens één keer op."),
    ],
)
def test_a_bad_query_answers_400_in_dutch(client, scan, query, words):
    response = client.get(API, query)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert words in response.json()["message"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_endpoint_is_read_only(client, scan, method):
    response = getattr(client, method)(API)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert "alleen lezen" in response.json()["message"]
    assert client.head(API).status_code == 200


def test_the_answer_holds_nothing_per_network(client, scan):
    add_networks(scan, 6, is_demo=False)
    text = client.get(API).content.decode()
    assert "geheim" not in text  # no team token
    assert all(token not in text for r in TeamRound.objects.all() for token in (r.answer_token, r.results_token))
    assert all(word not in text for word in ("team", "round", "respondents", 'deelnemers"'))
    assert json.loads(text)["demo"] is False


def test_the_number_of_queries_does_not_grow_with_networks(client, home, django_assert_max_num_queries):
    scan = factories.ScanPageFactory()
    add_networks(scan, 5)
    client.get(API)
    with django_assert_max_num_queries(8):
        client.get(API)
    add_networks(scan, 95, first=6, phase=2)
    with django_assert_max_num_queries(8):
        assert read(client)["scans"][0]["alle_netwerken"]["netwerken"] == 100


# The demo data (scans/management/commands/load_demo_comparison.py)


def demo_rows():
    return sorted(
        ComparisonEntry.objects.filter(is_demo=True).values_list(
            "pk", "scan_id", "team", "phase", "setting", "province", "respondents", "scores", "round_id"
        )
    )


def test_the_demo_command_adds_the_same_invented_networks_for_each_live_scan(client, scan, home):
    draft = factories.ScanPageFactory(live=False)
    call_command("load_demo_comparison", stdout=io.StringIO())
    rows = demo_rows()
    assert len(rows) == 24 and {r[1] for r in rows} == {scan.pk} and draft.pk not in {r[1] for r in rows}
    assert {r[2] for r in rows} == {f"demo-{n}" for n in range(1, 25)}
    assert all(r[8] is None and r[6] >= 3 for r in rows)  # no round; each counts
    ids = {d["id"] for d in scan.dimension_headings()}
    assert all(set(r[7]) == ids and all(1 <= v <= 5 for v in r[7].values()) for r in rows)
    assert {r[3] for r in rows} == {1, 2, 3, 4} and {r[4] for r in rows} == set(Setting.values)

    call_command("load_demo_comparison", stdout=io.StringIO())
    assert demo_rows() == rows  # idempotent: the same rows, not new ones

    data = read(client)
    assert data["demo"] is True and data["scans"][0]["demo"] is True
    phases = data["scans"][0]["per_fase"]
    assert all(g["getoond"] for g in phases)  # six networks in each phase
    provinces = data["scans"][0]["per_provincie"]
    assert 1 <= sum(g["getoond"] for g in provinces) < len(provinces)  # some provinces shown, others too small
    html = client.get("/zelfscans/landelijk-beeld/").text
    assert "Dit zijn verzonnen voorbeeldcijfers" in html and "24 netwerken" in html


def test_the_demo_command_removes_every_demo_row_and_nothing_else(client, scan):
    add_networks(scan, 2, is_demo=False)
    call_command("load_demo_comparison", stdout=io.StringIO())
    assert ComparisonEntry.objects.count() == 26
    out = io.StringIO()
    call_command("load_demo_comparison", "--verwijder", stdout=out)
    assert "24 rijen" in out.getvalue()
    assert not ComparisonEntry.objects.filter(is_demo=True).exists()
    assert ComparisonEntry.objects.filter(is_demo=False).count() == 2
    assert read(client)["demo"] is False
