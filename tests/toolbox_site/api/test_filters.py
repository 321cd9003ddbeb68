"""The open data API's query string (toolbox_site/api/filters.py): the finders' facets as filters,
`limit` and `offset`, and a Dutch 400 for anything it does not know, never a 500."""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.pages import api_bad_request_message, api_titles

pytestmark = pytest.mark.django_db


def test_tools_endpoint_filters_by_two_themes_with_either(client, open_data):
    assert api_titles(client, "/api/v2/tools/?thema=dementie&thema=ggz") == ["Alzheimercafé", "Spinnenweb"]


def test_values_may_also_be_separated_by_commas(client, open_data):
    assert api_titles(client, "/api/v2/tools/?thema=dementie,ggz") == ["Alzheimercafé", "Spinnenweb"]
    assert client.get("/api/v2/tools/?thema=dementie,ggz").json()["meta"]["total_count"] == 2


def test_a_tool_with_both_chosen_themes_is_listed_once(client, open_data):
    assert api_titles(client, "/api/v2/tools/?thema=dementie,eenzaamheid") == ["Alzheimercafé", "Wijkscan"]


def test_different_facets_must_all_match(client, open_data):
    assert api_titles(client, "/api/v2/tools/?fase=verdiepen&rol=gemeente") == ["Alzheimercafé"]
    assert api_titles(client, "/api/v2/tools/?fase=verdiepen&rol=gemeente&thema=ggz") == []
    assert api_titles(client, "/api/v2/tools/?type=werkvorm") == ["Alzheimercafé"]


def test_stories_filter_on_the_phase_reached_province_and_status(client, open_data):
    assert api_titles(client, "/api/v2/praktijkverhalen/?fase=verankeren") == ["Wedde dat 't lukt"]
    assert api_titles(client, "/api/v2/praktijkverhalen/?rol=gemeente&status=gestopt") == ["Samen in Oss"]
    assert api_titles(client, "/api/v2/praktijkverhalen/?provincie=groningen,noord-brabant&thema=dementie") == [
        "Samen in Oss"
    ]


def test_steps_filter_on_their_phase(client, open_data):
    assert api_titles(client, "/api/v2/stappen/?fase=vormgeven") == ["Afspraken maken"]
    assert api_titles(client, "/api/v2/stappen/?fase=vormgeven,verkennen") == [
        "Kennismaken",
        "Doel bepalen",
        "Afspraken maken",
    ]
    assert api_titles(client, "/api/v2/stappen/?fase=verankeren") == []


def test_an_unknown_filter_value_is_a_400_that_names_the_known_values(client, open_data):
    message = api_bad_request_message(client, "/api/v2/tools/?thema=dementie&thema=bestaat-niet")
    assert message.startswith("Onbekende waarde voor ‘thema’: ‘bestaat-niet’.")
    assert "dementie, eenzaamheid, ggz" in message


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thema=", "is leeg"),
        ("thema=dementie,,ggz", "is leeg"),
        ("thema=<script>", "geen geldige waarde voor ‘thema’"),
        ("rol=huis%20arts", "geen geldige waarde voor ‘rol’"),
        ("fase=%00", "geen geldige waarde voor ‘fase’"),
        ("thema=" + "a" * 500, "geen geldige waarde"),
        ("thema=" + ",".join(f"t{i}" for i in range(31)), "Te veel waarden"),
        ("limit=abc", "‘limit’ moet een heel getal"),
        ("limit=-1", "‘limit’ moet een heel getal"),
        ("limit=1000", "hooguit 100"),
        ("offset=1.5", "‘offset’ moet een heel getal"),
        ("offset=99999999999999999999", "‘offset’ moet een heel getal"),
        ("fields=geheim", "Onbekend veld in ‘fields’: geheim"),
        ("fields=title(", "‘fields’ is niet goed opgebouwd"),
        ("search=wijk", "Onbekende parameter ‘search’"),
        ("format=api", "Onbekende parameter ‘format’"),
        ("title=Wijkscan", "Onbekende parameter ‘title’"),
    ],
)
def test_malformed_queries_are_a_400_with_a_dutch_message(client, open_data, query, expected):
    assert expected in api_bad_request_message(client, f"/api/v2/tools/?{query}")


PARAMS = st.sampled_from(["fase", "rol", "thema", "type", "provincie", "status", "limit", "offset", "fields", "x"])


VALUES = st.one_of(
    st.sampled_from(["verkennen", "huisarts", "dementie,ggz", "werkvorm", "groningen", "*", "_,title", "", "2", "-5"]),
    st.text(max_size=120),
)


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pairs=st.lists(st.tuples(PARAMS, VALUES), max_size=6), raw=st.text(max_size=40))
def test_random_query_strings_get_an_answer_or_a_dutch_400_never_a_server_error(client, open_data, pairs, raw):
    query = urlencode(pairs) + ("&" + raw if raw else "")
    for url in ("/api/v2/tools/", "/api/v2/praktijkverhalen/", "/api/v2/stappen/"):
        response = client.get(f"{url}?{query}")
        assert response.status_code in (200, 400), (url, query)
        assert response["Content-Type"] == "application/json"
        if response.status_code == 400:
            assert response.json()["message"]


def test_steps_have_no_roles_or_themes_to_filter_on(client, open_data):
    message = api_bad_request_message(client, "/api/v2/stappen/?rol=huisarts")
    assert message == "Onbekende parameter ‘rol’. Deze lijst kent: fase, limit, offset en fields."


def test_limit_and_offset_page_through_the_list(client, open_data):
    response = client.get("/api/v2/tools/?limit=1&offset=1")
    assert response.json()["meta"]["total_count"] == 3
    assert [item["title"] for item in response.json()["items"]] == ["Spinnenweb"]
