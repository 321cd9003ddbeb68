"""The radar chart: an SVG image drawn on the server, with its numbers in words as well."""

import re

from scans.chart import CENTRE_X, CENTRE_Y, RADIUS, radar

LABELS = ["Ambitie", "Belangen", "Organiseren", "Cultuur"]


def polygons(svg):
    return re.findall(r'<g class="radar__series radar__series--(\w+)"><polygon points="([^"]+)"', svg)


def test_a_score_of_five_reaches_the_outer_ring_and_the_first_axis_points_up():
    svg = radar("Jouw scores", LABELS, [("Jij", [5, 0, 2.5, None], "own")])
    ((modifier, points),) = polygons(svg)
    first, second, third, fourth = [tuple(map(float, p.split(","))) for p in points.split()]
    assert modifier == "own"
    assert first == (CENTRE_X, CENTRE_Y - RADIUS)
    assert second == (CENTRE_X, CENTRE_Y)  # 0 and "no score" sit in the centre
    assert third == (CENTRE_X, CENTRE_Y + RADIUS / 2)
    assert fourth == (CENTRE_X, CENTRE_Y)


def test_the_chart_is_an_image_with_a_title_and_its_numbers_as_a_description():
    svg = radar(
        "Scores van het team", LABELS, [("Ronde 2", [3.25, 4, None, 1], "team"), ("Ronde 1", [2, 2, 2, 2], "earlier")]
    )
    assert 'role="img"' in svg and 'aria-labelledby="radar-title radar-desc"' in svg
    assert '<title id="radar-title">Scores van het team</title>' in svg
    assert "Ronde 2: Ambitie 3,2, Belangen 4,0, Organiseren geen score, Cultuur 1,0" in svg
    assert [m for m, _ in polygons(svg)] == ["team", "earlier"]
    assert svg.count('class="radar__ring"') == 5
    assert "style=" not in svg and "<script" not in svg  # the site's CSP allows neither inline


def test_labels_are_escaped_and_long_ones_wrap_over_lines():
    svg = radar("<b>Scan</b>", ["Goed persoonlijk samenwerken", "A & B", "C"], [("Jij", [1, 2, 3], "own")])
    assert "<b>" not in svg and "&lt;b&gt;Scan&lt;/b&gt;" in svg
    assert "A &amp; B" in svg
    assert re.search(r">Goed persoonlijk</tspan><tspan[^>]*>samenwerken<", svg)


def test_fewer_than_three_dimensions_make_no_web_and_the_table_stands_alone():
    assert radar("Scores", ["A", "B"], [("Jij", [1, 2], "own")]) == ""
