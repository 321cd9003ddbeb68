"""The workspace on public pages: a signed-in member's progress on a step page."""

from django import template

from ..forms import StepStatusForm
from ..models import Membership, StepStatus
from ..models.progress import Status

register = template.Library()


@register.inclusion_tag("networks/includes/step_progress.html", takes_context=True)
def step_progress(context, step):
    """The step's status in each network of the signed-in user (two queries; none for a visitor)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"rows": []}
    memberships = list(Membership.objects.filter(user=user).select_related("network").order_by("network__name"))
    statuses = {
        status.network_id: status
        for status in StepStatus.objects.filter(network__in=[m.network_id for m in memberships], step=step)
    }
    rows = []
    for index, membership in enumerate(memberships, start=1):
        status = statuses.get(membership.network_id)
        current = status.status if status else Status.NOT_STARTED
        form = None
        if membership.can_edit:
            initial = {"status": current, "note": status.note if status else ""}
            form = StepStatusForm(initial=initial, auto_id=f"voortgang-{index}-%s")
        rows.append(
            {
                "membership": membership,
                "status": current,
                "status_label": Status(current).label,
                "note": status.note if status else "",
                "changed_by_name": status.changed_by_name if status else "",
                "changed_at": status.changed_at if status else None,
                "form": form,
            }
        )
    return {"rows": rows, "step": step, "request": request, "csrf_token": context.get("csrf_token")}
