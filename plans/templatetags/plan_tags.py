"""The plan van aanpak on other pages: "Zet in ons plan" on step and tool pages and a round's results,
and a short summary of the plan on the network's overview.

The library lives in plans so that networks, scans, tools and phases never import plans: their
templates load it. On public pages it does nothing, and no query, for a visitor who is not signed in
(the public page cache counts on that).
"""

from django import template
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from networks.models import Membership, WorkspaceRole
from phases.models import StepPage
from tools.models import ToolPage

from ..models import Action
from ..models.actions import CLOSED

register = template.Library()

EDITING_ROLES = [WorkspaceRole.MEMBER, WorkspaceRole.KARTREKKER]


@register.simple_tag
def plan_add_url(network, next="", **links):
    """The address of a new action of `network`, pre-filled with `links` (stap, tool, scan, onderdeel)."""
    params = {name: value for name, value in links.items() if value not in (None, "")}
    if next:
        params["next"] = next
    url = reverse("plans:action_add", args=[network.key])
    return f"{url}?{urlencode(params)}" if params else url


def _links_of(page):
    if isinstance(page, StepPage):
        return {"stap": page.pk}
    if isinstance(page, ToolPage):
        return {"tool": page.pk}
    return {}


@register.inclusion_tag("plans/includes/add_to_plan.html", takes_context=True)
def add_to_plan(context, page):
    """A "Zet in ons plan" link per network in which the signed-in user may edit (one query; none for a visitor)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    links = _links_of(page)
    if user is None or not user.is_authenticated or not links:
        return {"rows": []}
    memberships = Membership.objects.filter(user=user, workspace_role__in=EDITING_ROLES).select_related("network")
    rows = [
        {"network": m.network, "url": plan_add_url(m.network, next=request.path, **links)}
        for m in memberships.order_by("network__name")
    ]
    kind = "stap" if isinstance(page, StepPage) else "tool"
    return {"rows": rows, "page": page, "kind": kind}


@register.inclusion_tag("plans/includes/plan_summary.html", takes_context=True)
def plan_summary(context, network):
    """The plan in two numbers, open actions and overdue ones, for the network's overview (one query)."""
    today = timezone.localdate()
    is_open = ~Q(status__in=CLOSED)
    counts = Action.objects.filter(network=network).aggregate(
        total=Count("pk"),
        open=Count("pk", filter=is_open),
        overdue=Count("pk", filter=is_open & Q(due_date__lt=today)),
    )
    return {**counts, "network": network, "membership": context.get("membership")}
