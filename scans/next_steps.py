"""From low scores to the roadmap: each low dimension's advice, with its steps (and their phase) and tools."""

from wagtail.models import Page

from phases.models import PhasePage, StepPage
from tools.models import ToolPage


def _ids(items):
    # ListBlock data is a list of {"type": "item", "value": id, "id": ...} (or of bare ids, the old form).
    return [item["value"] if isinstance(item, dict) else item for item in items or []]


def next_steps(scan, scores):
    """For each of `scores` (the lowest dimensions) the advice the scan gives now, linked.

    Three queries whatever the number of dimensions, steps and tools: steps, their phases, tools.
    A dimension the editor has since removed keeps its score but has no advice.
    """
    advice = {raw.get("id"): raw["value"] for raw in scan.dimensions.raw_data}
    step_ids = {i for s in scores for i in _ids(advice.get(s.id, {}).get("steps"))}
    tool_ids = {i for s in scores for i in _ids(advice.get(s.id, {}).get("tools"))}
    steps = {step.pk: step for step in StepPage.objects.live().public().filter(pk__in=step_ids)}
    phases = {
        phase.path: phase
        for phase in PhasePage.objects.live().filter(path__in={step.path[: -Page.steplen] for step in steps.values()})
    }
    tools = {tool.pk: tool for tool in ToolPage.objects.live().public().filter(pk__in=tool_ids).defer_streamfields()}
    found = []
    for score in scores:
        value = advice.get(score.id, {})
        found.append(
            {
                "score": score,
                "advice": value.get("advice", ""),
                "steps": [
                    (phases.get(steps[i].path[: -Page.steplen]), steps[i])
                    for i in _ids(value.get("steps"))
                    if i in steps
                ],
                "tools": [tools[i] for i in _ids(value.get("tools")) if i in tools],
            }
        )
    return found
