"""The plan van aanpak: the list, adding an action (also from "Zet in ons plan"), changing, its status, deleting.

Every member reads the plan; members and kartrekkers change it (a meelezer gets 403).
An action of another network is not found here (404).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse

from networks.access import member_required
from networks.models import WorkspaceRole
from networks.views.common import posted, render, safe_next, status_for

from .. import plan as listing
from ..forms.actions import ActionForm, query_links
from ..models import Action, ActionStatus

BAD_STATUS = "Kies een van de statussen: open, bezig, klaar of vervallen."


def _plan_url(membership):
    return reverse("plans:plan", args=[membership.network.key])


def _action(membership, pk):
    found = Action.objects.select_related("step", "tool", "scan", "owner_member", "owner_partner")
    return get_object_or_404(found, network=membership.network, pk=pk)


def _plan_page(request, membership, error=""):
    params = request.GET
    the_plan = listing.plan(membership.network, params.get("ordening", ""), params.get("status", ""))
    context = {
        "plan": the_plan,
        "orderings": listing.ORDERINGS.items(),
        "statuses": ActionStatus.choices,
        "error": error,
        "here": request.get_full_path() if request.method == "GET" else _plan_url(membership),
    }
    status = 400 if error else 200
    return render(request, membership, "plans/plan.html", context, section="plan", status=status)


@member_required()
def plan(request, membership):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return _plan_page(request, membership)


def _form_page(request, membership, form, action=None):
    context = {"form": form, "action": action, "links": form.links(), "next": safe_next(request, "")}
    return render(request, membership, "plans/action_form.html", context, section="plan", status=status_for(form))


@member_required(WorkspaceRole.MEMBER)
def add(request, membership):
    network = membership.network
    links = query_links(request.GET) if request.method != "POST" else None
    form = ActionForm(posted(request), network=network, links=links)
    if request.method == "POST" and form.is_valid():
        action = form.save(user=request.user)
        messages.success(request, f"‘{action.what}’ staat in het plan van aanpak.")
        return redirect(safe_next(request, _plan_url(membership)))
    return _form_page(request, membership, form)


@member_required(WorkspaceRole.MEMBER)
def edit(request, membership, pk):
    action = _action(membership, pk)
    form = ActionForm(posted(request), network=membership.network, instance=action)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"‘{action.what}’ is opgeslagen.")
        return redirect(safe_next(request, _plan_url(membership)))
    return _form_page(request, membership, form, action)


@member_required()
def status(request, membership, pk):
    """The quick status change of the list: POST only (a GET goes back to the plan, also for a meelezer)."""
    action = _action(membership, pk)
    if request.method != "POST":
        return redirect(_plan_url(membership))
    if not membership.can_edit:
        raise PermissionDenied("Als meelezer kun je het plan lezen, maar niet veranderen.")
    value = request.POST.get("status", "")
    if value not in ActionStatus.values:
        return _plan_page(request, membership, error=BAD_STATUS)
    if value != action.status:
        action.set_status(value)
        action.save(update_fields=["status", "closed_at", "updated_at"])
    messages.success(request, f"‘{action.what}’ staat nu op {action.get_status_display().lower()}.")
    return redirect(safe_next(request, _plan_url(membership)))


@member_required(WorkspaceRole.MEMBER)
def delete(request, membership, pk):
    action = _action(membership, pk)
    if request.method == "POST":
        action.delete()
        messages.success(request, f"‘{action.what}’ staat niet meer in het plan.")
        return redirect(_plan_url(membership))
    return render(request, membership, "plans/action_delete.html", {"action": action}, section="plan")
