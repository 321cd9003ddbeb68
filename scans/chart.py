"""The "spinnenweb": a radar chart of dimension scores as inline SVG, drawn on the server.

It needs no script and no style attribute (the site's CSP allows neither inline); colours come
from classes in site.css. The chart is an image with a title and a description; the page puts
the same numbers in a table next to it, for screen readers and for print.
"""

import math

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

WIDTH, HEIGHT = 600, 440  # wide enough for labels of two lines left and right of the web
CENTRE_X, CENTRE_Y = WIDTH / 2, HEIGHT / 2
RADIUS = 140
LINE_CHARS = 16


def _point(axis, axes, value, maximum=5, radius=RADIUS):
    angle = -math.pi / 2 + 2 * math.pi * axis / axes  # the first axis points up
    r = radius * (value or 0) / maximum
    return CENTRE_X + r * math.cos(angle), CENTRE_Y + r * math.sin(angle)


def _f(number):
    return f"{number:.1f}"


def _points(values, maximum=5):
    return " ".join(f"{_f(x)},{_f(y)}" for x, y in (_point(i, len(values), v, maximum) for i, v in enumerate(values)))


def wrap(text, width=LINE_CHARS):
    """A label as lines of at most `width` characters (a longer word keeps its own line): SVG text does not wrap."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def _label(axis, axes, text):
    x, y = _point(axis, axes, 5, radius=RADIUS + 18)
    anchor = "middle" if abs(x - CENTRE_X) < 10 else ("start" if x > CENTRE_X else "end")
    lines = wrap(text)
    if y < CENTRE_Y - 10:
        y -= 14 * (len(lines) - 1)  # labels above the centre grow upwards
    elif abs(y - CENTRE_Y) <= 10:
        y -= 7 * (len(lines) - 1)
    else:
        y += 10
    spans = format_html_join(
        "", '<tspan x="{}" dy="{}">{}</tspan>', ((_f(x), 0 if i == 0 else 14, line) for i, line in enumerate(lines))
    )
    return format_html(
        '<text class="radar__label" x="{}" y="{}" text-anchor="{}">{}</text>', _f(x), _f(y), anchor, spans
    )


def _number(value):
    return "geen score" if value is None else f"{value:.1f}".replace(".", ",")


def radar(title, labels, series, *, maximum=5, chart_id="radar"):
    """SVG markup for `series`: (name, values, css modifier) tuples, one value per label (None = no score).

    Needs three labels or more (a web needs three axes); with fewer it returns an empty string and
    the page shows the table only.
    """
    axes = len(labels)
    if axes < 3 or not series:
        return ""
    rings = format_html_join(
        "",
        '<polygon class="radar__ring" points="{}"/>',
        ((_points([level] * axes, maximum),) for level in range(1, maximum + 1)),
    )
    spokes = format_html_join(
        "",
        '<line class="radar__axis" x1="{}" y1="{}" x2="{}" y2="{}"/>',
        ((_f(CENTRE_X), _f(CENTRE_Y), *map(_f, _point(i, axes, maximum, maximum))) for i in range(axes)),
    )
    scale = format_html_join(
        "",
        '<text class="radar__scale" x="{}" y="{}">{}</text>',
        ((_f(CENTRE_X + 4), _f(_point(0, axes, level, maximum)[1] + 4), level) for level in range(1, maximum + 1)),
    )
    shapes = format_html_join(
        "",
        '<g class="radar__series radar__series--{}"><polygon points="{}"/>{}</g>',
        (
            (
                modifier,
                _points(values, maximum),
                format_html_join(
                    "",
                    '<circle cx="{}" cy="{}" r="4"/>',
                    (tuple(map(_f, _point(i, axes, v, maximum))) for i, v in enumerate(values)),
                ),
            )
            for _, values, modifier in series
        ),
    )
    texts = format_html_join("", "{}", ((_label(i, axes, label),) for i, label in enumerate(labels)))
    description = "; ".join(
        f"{name}: " + ", ".join(f"{label} {_number(v)}" for label, v in zip(labels, values, strict=True))
        for name, values, _ in series
    )
    return format_html(
        '<svg class="radar" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img"'
        ' aria-labelledby="{id}-title {id}-desc"'
        ' xmlns="http://www.w3.org/2000/svg">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>'
        "{rings}{spokes}{scale}{shapes}{texts}</svg>",
        width=WIDTH,
        height=HEIGHT,
        id=chart_id,
        title=title,
        desc=f"Schaal van 1 tot {maximum}. {description}.",
        rings=rings,
        spokes=spokes,
        scale=scale,
        shapes=shapes,
        texts=mark_safe(texts),  # noqa: S308 - built with format_html above
    )
