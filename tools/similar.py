"""The "vergelijkbare netwerken" of a story: the practice stories most like a given one, with the reason why.

A starting network wants to visit one that is like it and a step further, so stories are ranked
by what they share (each shared theme counts double, then the same setting and the same phase
reached) and, among equals, by how far along the roadmap they got. The score is computed in the
database, so the number of queries does not grow with the number of stories.
"""

from dataclasses import dataclass

from django.db.models import Case, Count, F, IntegerField, Q, Value, When

from .choices import Setting

LIMIT = 3
THEME_WEIGHT = 2

# "ook …" for a story in the same setting as the one being read.
SAME_SETTING = {
    Setting.CITY: "ook in de stad",
    Setting.VILLAGE: "ook in een dorp",
    Setting.REGION: "ook in een regio met meerdere dorpen",
}


@dataclass(frozen=True)
class SimilarStory:
    page: object  # a PracticeStoryPage, with `phase_reached` loaded
    reason: str


def similar_stories(story, limit=LIMIT):
    """Up to `limit` other live, public stories that share something with `story`, best first.

    Four queries whatever the number of stories: the story's themes, the view restrictions
    (`public()`), the ranked matches and the names of the themes they share.
    """
    story_model = type(story)
    theme_ids = list(story.themes.values_list("pk", flat=True))
    shared_themes = (
        Count("themes", filter=Q(themes__in=theme_ids), distinct=True) if theme_ids else Value(0, IntegerField())
    )
    matches = (
        story_model.objects.live()
        .public()
        .exclude(pk=story.pk)
        .annotate(
            shared_themes=shared_themes,
            same_setting=Case(When(setting=story.setting, then=1), default=0, output_field=IntegerField()),
            same_phase=Case(When(phase_reached=story.phase_reached_id, then=1), default=0, output_field=IntegerField()),
        )
        .annotate(score=THEME_WEIGHT * F("shared_themes") + F("same_setting") + F("same_phase"))
        .filter(score__gt=0)
        .select_related("phase_reached")
        .defer_streamfields()
        .order_by("-score", "-phase_reached__number", "title", "pk")[:limit]
    )
    matches = list(matches)
    names = shared_theme_names(story_model, [match.pk for match in matches], theme_ids)
    return [SimilarStory(match, reason(match, names.get(match.pk, []))) for match in matches]


def shared_theme_names(story_model, story_ids, theme_ids):
    """{story pk: [theme name, ...]} of the given themes each story has, in the themes' order (1 query)."""
    if not story_ids or not theme_ids:
        return {}
    through = story_model.themes.through
    rows = (
        through.objects.filter(practicestorypage_id__in=story_ids, theme_id__in=theme_ids)
        .order_by("theme__sort_order", "theme__name")
        .values_list("practicestorypage_id", "theme__name")
    )
    names = {}
    for story_id, name in rows:
        names.setdefault(story_id, []).append(name)
    return names


def reason(match, theme_names):
    """Why a story is listed, e.g. "Ook over dementie en eenzaamheid · ook in een dorp"."""
    parts = []
    if theme_names:
        parts.append("ook over " + join_dutch([in_sentence(name) for name in theme_names]))
    if match.same_setting:
        parts.append(SAME_SETTING.get(match.setting, "ook in dezelfde omgeving"))
    if match.same_phase:
        parts.append(f"ook in de fase {match.phase_reached.short_name.lower()}")
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def join_dutch(items):
    """Names joined as a Dutch sentence does: "a", "a en b", "a, b en c".

    When a name has an "en" of its own ("overgewicht en leefstijl") commas alone keep the names apart.
    """
    if len(items) == 1:
        return items[0]
    if any(" en " in item for item in items):
        return ", ".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def in_sentence(name):
    """A theme name as it reads mid-sentence: "Positieve Gezondheid" → "positieve gezondheid", "GGZ" stays."""
    return " ".join(word if len(word) > 1 and word.isupper() else word.lower() for word in name.split())
