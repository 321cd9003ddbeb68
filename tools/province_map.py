"""A map of the Netherlands by province for the story finder, with the number of live stories in each.

The outlines are drawn here, by hand and much simplified, as (longitude, latitude) points: no map
tiles, no downloads. Neighbouring provinces share their border points. The counts come from the
story finder's facet index (tools.facet_index), so the map costs no query of its own.
"""

from dataclasses import dataclass
from math import ceil, cos, radians
from urllib.parse import urlencode

from .choices import Province

PARAM = "provincie"  # the story finder's query parameter for provinces (tools.facets.STORY_FACETS)
SHADES = 4  # fill levels for provinces with stories; level 0 is a province without any

# Each province: one or more closed rings of (longitude, latitude), the mainland first.
# fmt: off
OUTLINES = {
    Province.GRONINGEN: [
        [(6.20, 53.40), (6.45, 53.44), (6.70, 53.47), (6.90, 53.44), (6.93, 53.33), (7.03, 53.25), (7.21, 53.22),
         (7.20, 53.00), (7.09, 52.85), (6.95, 52.95), (6.80, 53.07), (6.70, 53.12), (6.50, 53.19), (6.35, 53.16),
         (6.30, 53.10), (6.20, 53.22), (6.22, 53.32)],
    ],
    Province.FRIESLAND: [
        [(5.39, 53.09), (5.41, 53.17), (5.55, 53.30), (5.75, 53.38), (6.00, 53.41), (6.20, 53.40), (6.22, 53.32),
         (6.20, 53.22), (6.30, 53.10), (6.32, 53.00), (6.20, 52.85), (6.00, 52.84), (5.85, 52.80), (5.72, 52.84),
         (5.55, 52.83), (5.36, 52.88), (5.40, 52.98)],
        [(4.90, 53.25), (5.08, 53.31), (5.11, 53.29), (4.93, 53.22)],  # Vlieland
        [(5.16, 53.36), (5.40, 53.42), (5.56, 53.45), (5.58, 53.42), (5.38, 53.39), (5.19, 53.33)],  # Terschelling
        [(5.62, 53.45), (5.90, 53.48), (5.92, 53.45), (5.65, 53.43)],  # Ameland
        [(6.10, 53.48), (6.32, 53.51), (6.33, 53.48), (6.12, 53.46)],  # Schiermonnikoog
    ],
    Province.DRENTHE: [
        [(6.30, 53.10), (6.35, 53.16), (6.50, 53.19), (6.70, 53.12), (6.80, 53.07), (6.95, 52.95), (7.09, 52.85),
         (7.05, 52.64), (6.72, 52.63), (6.35, 52.63), (6.16, 52.68), (6.24, 52.76), (6.20, 52.85), (6.32, 53.00)],
    ],
    Province.OVERIJSSEL: [
        [(5.85, 52.80), (6.00, 52.84), (6.20, 52.85), (6.24, 52.76), (6.16, 52.68), (6.35, 52.63), (6.72, 52.63),
         (6.70, 52.48), (6.98, 52.45), (7.07, 52.38), (7.03, 52.25), (6.88, 52.15), (6.72, 52.11), (6.55, 52.16),
         (6.42, 52.22), (6.20, 52.24), (6.12, 52.32), (6.08, 52.45), (5.95, 52.48), (5.90, 52.50), (5.88, 52.58),
         (5.95, 52.65), (5.93, 52.72)],
    ],
    Province.FLEVOLAND: [
        [(5.42, 52.52), (5.60, 52.58), (5.78, 52.585), (5.88, 52.58), (5.90, 52.50), (5.80, 52.44), (5.65, 52.36),
         (5.47, 52.29), (5.30, 52.33), (5.13, 52.355), (5.13, 52.42), (5.27, 52.46)],  # Flevopolder
        [(5.72, 52.84), (5.85, 52.80), (5.93, 52.72), (5.95, 52.65), (5.80, 52.62), (5.60, 52.66), (5.58, 52.75)],
    ],
    Province.GELDERLAND: [
        [(4.98, 51.80), (5.30, 51.77), (5.60, 51.82), (5.87, 51.76), (5.97, 51.76), (6.10, 51.85), (6.40, 51.83),
         (6.72, 51.90), (6.83, 51.97), (6.72, 52.11), (6.55, 52.16), (6.42, 52.22), (6.20, 52.24), (6.12, 52.32),
         (6.08, 52.45), (5.95, 52.48), (5.90, 52.50), (5.80, 52.44), (5.65, 52.36), (5.44, 52.27), (5.45, 52.18),
         (5.55, 52.05), (5.62, 51.97), (5.35, 51.96), (5.15, 51.96), (5.13, 51.90), (5.03, 51.86)],
    ],
    Province.UTRECHT: [
        [(4.86, 52.23), (4.97, 52.26), (5.12, 52.19), (5.22, 52.18), (5.28, 52.26), (5.27, 52.31), (5.35, 52.28),
         (5.44, 52.27), (5.45, 52.18), (5.55, 52.05), (5.62, 51.97), (5.35, 51.96), (5.15, 51.96), (5.13, 51.90),
         (5.03, 51.86), (4.95, 51.92), (4.82, 51.98), (4.82, 52.05), (4.80, 52.12)],
    ],
    Province.NOORD_HOLLAND: [
        [(4.75, 52.96), (4.66, 52.78), (4.60, 52.60), (4.56, 52.46), (4.48, 52.30), (4.60, 52.26), (4.78, 52.23),
         (4.86, 52.23), (4.97, 52.26), (5.12, 52.19), (5.22, 52.18), (5.28, 52.26), (5.27, 52.31), (5.07, 52.33),
         (4.98, 52.38), (5.05, 52.44), (5.06, 52.52), (5.06, 52.64), (5.18, 52.66), (5.29, 52.71), (5.22, 52.75),
         (5.12, 52.78), (5.05, 52.88), (5.03, 52.93), (4.90, 52.93)],
        [(4.72, 53.00), (4.70, 53.10), (4.88, 53.19), (4.90, 53.10), (4.80, 53.02)],  # Texel
    ],
    Province.ZUID_HOLLAND: [
        [(4.48, 52.30), (4.40, 52.20), (4.27, 52.10), (4.12, 51.99), (4.02, 51.97), (4.06, 51.87), (4.12, 51.83),
         (4.35, 51.77), (4.45, 51.72), (4.62, 51.72), (4.75, 51.76), (4.98, 51.80), (5.03, 51.86), (4.95, 51.92),
         (4.82, 51.98), (4.82, 52.05), (4.80, 52.12), (4.86, 52.23), (4.78, 52.23), (4.60, 52.26)],
        [(3.85, 51.82), (4.05, 51.85), (4.40, 51.70), (4.20, 51.66), (3.90, 51.76)],  # Goeree-Overflakkee
    ],
    Province.ZEELAND: [
        [(3.57, 51.44), (3.44, 51.53), (3.52, 51.58), (3.70, 51.56), (3.85, 51.52), (4.00, 51.50), (4.05, 51.55),
         (4.02, 51.62), (4.15, 51.64), (4.22, 51.63), (4.27, 51.52), (4.26, 51.45), (4.29, 51.38), (4.22, 51.39),
         (4.00, 51.41), (3.80, 51.44)],  # Walcheren, Zuid-Beveland and Tholen
        [(3.37, 51.37), (3.45, 51.40), (3.56, 51.41), (3.82, 51.35), (4.05, 51.36), (4.22, 51.35), (4.10, 51.27),
         (3.85, 51.21), (3.55, 51.24)],  # Zeeuws-Vlaanderen
        [(3.66, 51.59), (3.85, 51.62), (3.92, 51.58), (3.75, 51.57)],  # Noord-Beveland
        [(3.70, 51.70), (3.80, 51.75), (4.05, 51.69), (4.05, 51.64), (3.80, 51.64), (3.70, 51.67)],  # Schouwen
    ],
    Province.NOORD_BRABANT: [
        [(4.29, 51.38), (4.40, 51.44), (4.55, 51.48), (4.70, 51.44), (4.85, 51.43), (5.05, 51.47), (5.10, 51.35),
         (5.25, 51.27), (5.45, 51.28), (5.63, 51.22), (5.80, 51.32), (5.85, 51.45), (5.95, 51.60), (5.87, 51.76),
         (5.60, 51.82), (5.30, 51.77), (4.98, 51.80), (4.75, 51.76), (4.62, 51.70), (4.45, 51.68), (4.22, 51.63),
         (4.27, 51.52), (4.26, 51.45)],
    ],
    Province.LIMBURG: [
        [(5.63, 51.22), (5.83, 51.15), (5.78, 51.05), (5.64, 50.85), (5.69, 50.75), (6.02, 50.75), (6.10, 50.90),
         (5.88, 51.05), (6.08, 51.17), (6.17, 51.35), (6.22, 51.52), (5.97, 51.76), (5.87, 51.76), (5.95, 51.60),
         (5.85, 51.45), (5.80, 51.32)],
    ],
}
# fmt: on

# Where each province's number goes: inside its largest part, clear of the borders.
LABELS = {
    Province.GRONINGEN: (6.72, 53.26),
    Province.FRIESLAND: (5.88, 53.10),
    Province.DRENTHE: (6.64, 52.88),
    Province.OVERIJSSEL: (6.48, 52.40),
    Province.FLEVOLAND: (5.55, 52.46),
    Province.GELDERLAND: (5.98, 52.10),
    Province.UTRECHT: (5.18, 52.07),
    Province.NOORD_HOLLAND: (4.83, 52.60),
    Province.ZUID_HOLLAND: (4.52, 51.98),
    Province.ZEELAND: (3.83, 51.29),
    Province.NOORD_BRABANT: (5.20, 51.58),
    Province.LIMBURG: (6.00, 51.40),
}

# An equirectangular projection around the middle of the country is close enough at this scale.
WEST, NORTH = 3.30, 53.58
X_SCALE = 100 * cos(radians(52.2))
Y_SCALE = 100
VIEW_BOX = "0 0 240 285"


def project(longitude, latitude):
    return round((longitude - WEST) * X_SCALE, 1), round((NORTH - latitude) * Y_SCALE, 1)


def svg_path(rings):
    """The SVG path data of closed rings of (longitude, latitude) points."""
    parts = []
    for ring in rings:
        points = " ".join("{:g},{:g}".format(*project(*point)) for point in ring)
        parts.append(f"M{points}Z")
    return "".join(parts)


PATHS = {province: svg_path(rings) for province, rings in OUTLINES.items()}


def shade(count, most):
    """0 for no stories, else 1 to SHADES in proportion to the province with the most."""
    if count <= 0 or most <= 0:
        return 0
    return max(1, min(SHADES, ceil(SHADES * count / most)))


@dataclass(frozen=True)
class ProvinceArea:
    slug: str
    name: str
    count: int
    url: str  # the finder filtered on this province
    path: str
    label_x: str  # SVG numbers, written here: a template would localise them to "96,5"
    label_y: str
    shade: int
    current: bool  # the finder is filtered on this province now
    count_noun: str  # "praktijkverhaal" or "praktijkverhalen": the finder's own noun


@dataclass(frozen=True)
class ProvinceMap:
    areas: list
    view_box: str = VIEW_BOX

    @property
    def total(self):
        return sum(area.count for area in self.areas)


def province_counts(index):
    """{province slug: number of live stories} read off the story finder's facet index."""
    masks = index.masks.get(PARAM, {})
    return {slug: masks.get(slug, 0).bit_count() for slug in Province.values}


def shows_map(finder):
    """The map belongs to the plain listing and to a listing filtered on provinces only.

    Its numbers are totals; next to other filters or a search term they would disagree with the
    result count and with the facet counts, which already say what each province would give.
    """
    if PARAM not in finder.selected or finder.query:
        return False
    return not any(values for param, values in finder.selected.items() if param != PARAM)


def province_map(finder, listing_url):
    """The map of `finder` (the story finder) whose links go to `listing_url`, or None when it is not shown."""
    if not shows_map(finder):
        return None
    counts = province_counts(finder.index)
    most = max(counts.values(), default=0)
    selected = set(finder.selected[PARAM])
    areas = []
    for slug, name in Province.choices:
        x, y = (f"{number:g}" for number in project(*LABELS[slug]))
        areas.append(
            ProvinceArea(
                slug=slug,
                name=name,
                count=counts[slug],
                url=f"{listing_url}?{urlencode({PARAM: slug})}",
                path=PATHS[slug],
                label_x=x,
                label_y=y,
                shade=shade(counts[slug], most),
                current=slug in selected,
                count_noun=finder.noun[0 if counts[slug] == 1 else 1],
            )
        )
    return ProvinceMap(areas=areas)
