"""The public page "Hoe staan wijknetwerken ervoor?" (scans/overview.py) at /zelfscans/landelijk-beeld/:
figures only for groups of enough networks, filters over the whole page, a chart with a table, and a
number of queries that does not grow with the networks."""

import itertools
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from scans.comparison import FilterForm
from scans.models import ComparisonEntry, ScanVersion, TeamRound
from scans.overview import figures
from tests import factories
from tools.choices import Province, Setting

pytestmark = pytest.mark.django_db

URL = "/zelfscans/landelijk-beeld/"
NOINDEX = '<meta name="robots" content="noindex">'


def add_networks(scan, count, *, score=3.0, first=1, is_demo=True, **facts):
    """`count` networks in the comparison, each with the same team mean on every dimension of `scan`."""
    facts = {"phase": 1, "setting": Setting.CITY, "province": Province.GELDERLAND} | facts
    ids = [d["id"] for d in scan.dimension_headings()]
    scores = score if isinstance(score, list) else [score] * count
    entries = []
    for number, value in zip(range(first, first + count), scores, strict=True):
        team_round = None if is_demo else TeamRound.objects.create(scan=scan, version=ScanVersion.current(scan))
        entries.append(
            ComparisonEntry.objects.create(
                scan=scan,
                round=team_round,
                team=f"netwerk-{number}-geheim",
                respondents=5,
                scores=dict.fromkeys(ids, value),
                is_demo=is_demo,
                **facts,
            )
        )
    return entries


def row(html, label):
    """The cells of the table row headed `label` (the first such row), as text."""
    match = re.search(rf'<th scope="row">{re.escape(label)}</th>(.*?)</tr>', html, re.S)
    assert match, f"no row {label!r}"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(1))).strip()


def test_the_page_shows_the_spread_over_all_networks_per_dimension(client, scan):
    add_networks(scan, 6, score=[2, 3, 3, 4, 4, 5])
    page = client.get(URL)
    assert page.status_code == 200
    html = page.text
    assert "<h1>Hoe staan wijknetwerken ervoor?</h1>" in html
    assert "<title>Hoe staan wijknetwerken ervoor? | Zelfscans | Wijknetwerk Toolbox</title>" in html
    assert f'<h2 id="scan-{scan.pk}">{scan.title}</h2>' in html and scan.intro in html
    # Quartiles of 2, 3, 3, 4, 4, 5: Q1 3.0, median 3.5, Q3 4.0, with a decimal comma.
    assert row(html, "Ambitie") == "3,5 3,0–4,0 6"
    assert "6 netwerken" in html


def test_the_page_explains_the_figures_with_the_thresholds_from_settings(client, scan, settings):
    settings.COMPARISON_MIN_RESPONDENTS, settings.COMPARISON_MIN_NETWORKS = 4, 7
    html = client.get(URL).text
    assert "Wat deze cijfers zijn" in html
    assert "minstens 4 deelnemers" in html and "minstens 7 netwerken" in html
    assert "zelf kozen om een gesloten teamronde te delen" in html
    assert "kwartiel" in html and "afgerond op één decimaal" in html


def test_demo_figures_are_called_invented_and_real_ones_are_not(client, scan):
    add_networks(scan, 5, is_demo=False)
    assert "Dit zijn verzonnen voorbeeldcijfers" not in client.get(URL).text
    add_networks(scan, 1, first=6)
    assert "Dit zijn verzonnen voorbeeldcijfers" in client.get(URL).text


def test_a_group_of_four_networks_shows_no_figures_and_one_of_five_does(client, scan):
    add_networks(scan, 5, score=4.0, province=Province.UTRECHT, phase=2)
    add_networks(scan, 4, score=2.0, first=6, province=Province.ZEELAND, phase=3)
    html = client.get(URL).text
    assert row(html, "Utrecht") == "5 4,0 (4,0–4,0) 4,0 (4,0–4,0) 4,0 (4,0–4,0)"
    assert row(html, "Zeeland") == "te weinig netwerken"  # not even how many there are
    assert row(html, "Fase 2") == "5 4,0 (4,0–4,0) 4,0 (4,0–4,0) 4,0 (4,0–4,0)"
    assert row(html, "Fase 3") == "te weinig netwerken"
    assert row(html, "Fase 1") == "te weinig netwerken"


def test_below_five_networks_in_all_the_page_shows_no_figure_at_all(client, scan):
    add_networks(scan, 4, score=[1.2, 2.4, 3.6, 4.8])
    html = client.get(URL).text
    assert "Nog te weinig netwerken voor cijfers" in html
    assert "spread-chart" not in html and "Mediaan" not in html
    assert not re.search(r"\d,\d", html)  # no figure anywhere
    assert "4 netwerken" not in html


def test_a_network_counts_once_with_its_latest_entry(client, scan):
    add_networks(scan, 5, score=2.0)
    (later,) = add_networks(scan, 1, score=5.0)  # network 1 again, with a newer round
    later.created_at = timezone.now() + timedelta(days=1)
    later.save()
    html = client.get(URL).text
    assert row(html, "Ambitie") == "2,0 2,0–2,0 5"


def test_the_filters_narrow_every_figure_on_the_page(client, scan, phases):
    add_networks(scan, 5, score=2.0, phase=1, province=Province.GELDERLAND)
    add_networks(scan, 5, score=4.0, first=6, phase=2, province=Province.GELDERLAND, setting=Setting.VILLAGE)
    html = client.get(URL).text
    assert row(html, "Ambitie") == "3,0 2,0–4,0 10"
    assert row(html, "Gelderland").startswith("10 3,0")

    html = client.get(URL, {"fase": 2}).text
    assert row(html, "Ambitie") == "4,0 4,0–4,0 5"
    assert row(html, "Fase 2: Netwerk vormgeven").startswith("5 4,0")
    assert "Fase 1: Netwerk verkennen</th>" not in html  # only the chosen phase has a row
    assert row(html, "Gelderland").startswith("5 4,0")
    assert "netwerken met fase <strong>Fase 2: Netwerk vormgeven</strong>" in html

    html = client.get(URL, {"omgeving": "dorp", "provincie": "gelderland"}).text
    assert row(html, "Ambitie") == "4,0 4,0–4,0 5"
    assert "Zeeland</th>" not in html
    assert '<option value="dorp" selected>' in html  # the form shows what is chosen

    html = client.get(URL, {"provincie": "zeeland"}).text
    assert "Nog te weinig netwerken voor cijfers" in html and not re.search(r"\d,\d", html)


def test_an_unknown_filter_value_is_left_out_with_a_note(client, scan):
    add_networks(scan, 5, score=3.0)
    page = client.get(URL, {"fase": "negen", "provincie": "atlantis", "omgeving": "stad"})
    assert page.status_code == 200
    html = page.text
    assert "Het filter ‘fase’ is weggelaten: die waarde kennen we niet." in html
    assert "Het filter ‘provincie’ is weggelaten" in html
    assert "Het filter ‘omgeving’" not in html
    assert row(html, "Ambitie") == "3,0 3,0–3,0 5"  # with the valid filter only (all are in the city)


def test_only_the_plain_page_is_indexed(client, scan):
    canonical = f'<link rel="canonical" href="http://{scan.get_site().hostname}{URL}">'
    plain = client.get(URL).text
    assert NOINDEX not in plain and canonical in plain
    for query in ({"fase": 1}, {"provincie": "zeeland"}, {"fase": "x"}):
        html = client.get(URL, query).text
        assert NOINDEX in html and canonical in html  # the filters are not part of the page's address


def test_the_chart_is_an_image_drawn_on_the_server_with_the_numbers_in_a_table(client, scan):
    add_networks(scan, 6, score=[2, 3, 3, 4, 4, 5])
    html = client.get(URL).text
    svg = re.search(r"<svg class=\"spread-chart\".*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and f'aria-labelledby="spreiding-{scan.pk}-title spreiding-{scan.pk}-desc"' in svg
    assert f'<title id="spreiding-{scan.pk}-title">{scan.title}: spreiding' in svg
    assert "Ambitie: mediaan 3,5, middelste helft van 3,0 tot 4,0" in svg  # the description
    assert svg.count('class="spread-chart__range"') == 3 and svg.count('class="spread-chart__median"') == 3
    assert "style=" not in html and "<script>" not in html
    assert "Alle netwerken per onderdeel (scores van 1 tot 5)" in html  # the table's caption
    assert '<th scope="col">Mediaan</th>' in html


def test_the_page_holds_nothing_per_network(client, scan):
    add_networks(scan, 5, is_demo=False)
    html = client.get(URL).text
    assert "geheim" not in html
    assert all(token not in html for r in TeamRound.objects.all() for token in (r.answer_token, r.results_token))


def test_the_page_is_the_same_for_everyone_and_kept_by_the_page_cache(client, scan, settings):
    settings.PAGE_CACHE_SECONDS = 60
    add_networks(scan, 5)
    first = client.get(URL)
    assert first.status_code == 200 and not first.cookies
    assert "private" not in first.get("Cache-Control", "")
    assert first["X-Cache"] == "miss" and client.get(URL)["X-Cache"] == "hit"


def test_the_index_of_the_scans_links_to_the_page(client, scan):
    html = client.get("/zelfscans/").text
    assert f'<a href="{URL}">Naar het landelijk beeld</a>' in html
    assert client.get(URL).status_code == 200


def test_the_number_of_queries_does_not_grow_with_networks_and_rounds(client, django_assert_max_num_queries, home):
    scans = [factories.ScanPageFactory(), factories.ScanPageFactory()]

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured)

    for scan in scans:
        add_networks(scan, 5)
    client.get(URL)  # what is read once per process (the site, the sections) is read now
    few = queries()
    for scan in scans:
        for phase in range(1, 5):  # 90 more networks per scan, and a later round of five of them
            add_networks(scan, 22, first=100 * phase, phase=phase, province=Province.ZEELAND)
        add_networks(scan, 7, score=4.0)
    assert ComparisonEntry.objects.count() == 200
    client.get(URL)  # the new entries made a new content version: the caches are filled again once
    with django_assert_max_num_queries(few):
        client.get(URL)
    assert queries() == few


def test_no_filter_combination_shows_a_group_of_fewer_networks_than_the_minimum(scan, phases, settings):
    add_networks(scan, 5, phase=1, province=Province.GELDERLAND)
    add_networks(scan, 3, first=6, phase=2, province=Province.GELDERLAND, setting=Setting.VILLAGE)
    add_networks(scan, 4, first=9, phase=2, province=Province.UTRECHT, setting=Setting.REGION)
    add_networks(scan, 1, first=13, phase=4, province=Province.ZEELAND)
    form = FilterForm({})
    phase_options = form.fields["fase"].choices[1:]
    shown = 0
    for fase, omgeving, provincie in itertools.product(
        [None, 1, 2, 3, 4], [None, *Setting.values], [None, *Province.values]
    ):
        filters = {k: v for k, v in {"fase": fase, "omgeving": omgeving, "provincie": provincie}.items() if v}
        (result,) = figures([scan], filters, phase_options)
        for comparison in [result.overall] + [g.comparison for g in result.phases + result.provinces]:
            for spread in comparison.dimensions:
                if spread.shown:
                    shown += 1
                    assert spread.networks >= settings.COMPARISON_MIN_NETWORKS, filters
    assert shown  # the test saw figures, not only empty groups
