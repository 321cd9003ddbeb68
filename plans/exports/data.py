"""What an export shows, as plain dicts with Dutch keys (the placeholders of the Word templates).

Only strings, numbers, booleans and lists of dicts, so a template never reaches a model and an
empty value is "" rather than None. `plan_data` reads the plan as its page does (plans.plan);
`year_data` takes a `plans.year.YearInView`.
"""

from datetime import date

from django.utils import formats, timezone, translation

from ..models import ActionStatus
from ..plan import BY_PHASE, plan

PLAN_TITLE = "Plan van aanpak"
AGREEMENT_TITLE = "Samenwerkingsovereenkomst"
YEAR_TITLE = "Jaar in beeld"
MISSING = "–"  # a scan score without a measurement


def dutch_date(value):
    """ "2 december 2026"; "" for no date."""
    if not value:
        return ""
    with translation.override("nl"):
        return formats.date_format(value, "j F Y")


def dutch_number(value, signed=False):
    """One decimal with a comma ("3,4", "+0,5"); MISSING for no value."""
    if value is None:
        return MISSING
    text = f"{value:+.1f}" if signed else f"{value:.1f}"
    return text.replace(".", ",")


def paragraphs(text):
    """The paragraphs of a text typed in a textarea: split on blank lines and line breaks, empty lines dropped."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _common(network, title, version, today):
    return {
        "titel": title,
        "netwerk": network.name,
        "plaats": network.place,
        "datum": dutch_date(today),
        "versie": version,
    }


def action_row(action, today, links=True):
    """One action as a row of the plan; `today` decides whether it is overdue.

    With `links` off the step and tool are left empty, so a list of actions read without them
    (plans.year) costs no query per action.
    """
    overdue = action.is_overdue(today)
    step = action.step.title if links and action.step_id else ""
    tool = action.tool.title if links and action.tool_id else ""
    parts = [("Stap", step), ("Tool", tool), ("Scan", action.dimension_title)]
    closed = timezone.localdate(action.closed_at) if action.closed_at else None
    return {
        "wat": action.what,
        "waarom": action.why,
        "wie": action.owner_name,
        "wanneer": dutch_date(action.due_date),
        "status": ActionStatus(action.status).label,
        "stap": step,
        "tool": tool,
        "onderdeel": action.dimension_title,
        "koppeling": "; ".join(f"{label}: {title}" for label, title in parts if title),
        "verlopen": overdue,
        "verlopen_tekst": "verlopen" if overdue else "",
        "afgesloten_op": dutch_date(closed),
    }


def _by_due_date(action):
    """The plan's own order (plans.models.Action.Meta.ordering): by due date, undated last."""
    return (action.due_date is None, action.due_date or date.min, action.created_at, action.pk)


def plan_data(network, today=None):
    """The whole plan, grouped by phase like its page (two queries), and the same actions by due date."""
    today = today or timezone.localdate()
    found = plan(network, BY_PHASE, "", today)
    rows = {}
    phases = []
    for group in found.groups:
        phases.append({"titel": group.title, "acties": []})
        for action in group.actions:
            rows[action.pk] = action_row(action, today)
            phases[-1]["acties"].append(rows[action.pk])
    actions = sorted((action for group in found.groups for action in group.actions), key=_by_due_date)
    return {
        **_common(network, PLAN_TITLE, f"Stand van {dutch_date(today)}", today),
        "fases": phases,
        "acties": [rows[action.pk] for action in actions],
        "aantal_acties": found.total,
        "aantal_verlopen": found.overdue,
    }


def agreement_data(network, version, today=None):
    """An adopted version as it was frozen (AgreementVersion.content), with its number and date."""
    today = today or timezone.localdate()
    content = version.content or {}
    adopted = dutch_date(version.adopted_on)
    kartrekkers = [str(name) for name in content.get("kartrekkers") or []]
    return {
        **_common(network, AGREEMENT_TITLE, f"Versie {version.number}, vastgesteld op {adopted}", today),
        # The name and place as adopted: the agreement is what the partners agreed to then.
        "netwerk": content.get("network") or network.name,
        "plaats": content.get("place") or network.place,
        "fase": content.get("phase") or "",
        "versienummer": version.number,
        "vastgesteld_op": adopted,
        "vastgesteld_door": version.adopted_by_name,
        "onderdelen": [
            {
                "slug": section.get("slug") or "",
                "titel": section.get("title") or "",
                "tekst": section.get("text") or "",
                "alineas": paragraphs(section.get("text")),
            }
            for section in content.get("sections") or []
        ],
        "partners": [
            {
                "naam": partner.get("name") or "",
                "rol": partner.get("role") or "",
                "inbreng": partner.get("brings") or "",
            }
            for partner in content.get("partners") or []
        ],
        "kartrekkers": kartrekkers,
        "kartrekkers_tekst": ", ".join(kartrekkers),
    }


def year_data(network, view, today=None):
    """A `plans.year.YearInView` of `network`: steps, actions, scan changes and agreement versions of the year."""
    today = today or timezone.localdate()
    return {
        **_common(network, f"{YEAR_TITLE} {view.year}", f"Jaar {view.year}, stand van {dutch_date(today)}", today),
        "jaar": view.year,
        "vorig_jaar": view.year - 1,
        "stappen": [{"titel": title, "datum": dutch_date(day)} for title, day in view.steps_done],
        "acties_klaar": [action_row(action, today, links=False) for action in view.actions_done],
        "acties_vervallen": [action_row(action, today, links=False) for action in view.actions_dropped],
        "scans": [
            {
                "titel": scan.title,
                "onderdelen": [
                    {
                        "titel": title,
                        "voor": dutch_number(before),
                        "na": dutch_number(after),
                        "verschil": dutch_number(change, signed=True),
                    }
                    for title, before, after, change in scan.dimensions
                ],
            }
            for scan in view.scans
        ],
        "overeenkomsten": [
            {"versie": version.number, "vastgesteld_op": dutch_date(version.adopted_on)}
            for version in view.agreement_versions
        ],
    }
