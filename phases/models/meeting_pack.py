"""The werkmap of a step (`werkmap/`): the step as a pack to print for the network's meeting on it.

The pack shows the step's questions with room for notes, its tools, one practice story with
its lessons and an empty table of actions. `StepPage.meeting_pack` serves it.
"""

from django.db.models import Count

TEMPLATE = "phases/step_meeting_pack.html"
ACTION_ROWS = 6  # empty rows of the "wie, wat, wanneer" table


def context(step, stories):
    """What the pack shows besides the step itself; `stories` are the live public practice stories."""
    tools = list(step.tools.live().public().order_by("title").defer_streamfields())
    story = best_story(step, tools, stories)
    return {
        "phase": step.phase,
        "tools": tools,
        "story": story,
        "lessons": list(story.lessons[:3]) if story else [],
        "action_rows": range(ACTION_ROWS),
    }


def best_story(step, tools, stories):
    """The story among `stories` that fits `step` best, or None (at most three queries).

    The story that used the most of the step's tools; without one, a story of a network that
    reached the step's phase. Ties go by title, so the pack does not change by itself.
    """
    if tools:
        best = (
            stories.filter(tools_used__in=[tool.pk for tool in tools])
            .values("pk")
            .annotate(tools_matched=Count("tools_used"))
            .order_by("-tools_matched", "title", "pk")
            .first()
        )
        if best:
            return stories.get(pk=best["pk"])
    if step.phase is None:
        return None
    return stories.filter(phase_reached=step.phase).order_by("title", "pk").first()
