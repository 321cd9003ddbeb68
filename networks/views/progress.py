"""The network's progress on the roadmap: every step with its status, and one step's status with its history."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect

from phases.models import StepPage

from .. import roadmap, services
from ..access import member_required
from ..forms import StepStatusForm
from ..models import StepStatus
from .common import posted, render, safe_next, status_for

HISTORY_LENGTH = 30  # the latest changes on the progress page; the download holds all of them


@member_required()
def steps(request, membership):
    network = membership.network
    context = {
        "phases": roadmap.progress(network),
        "changes": list(network.step_changes.all()[:HISTORY_LENGTH]),
        "history_length": HISTORY_LENGTH,
    }
    return render(request, membership, "networks/steps.html", context, section="steps")


def _live_step(pk):
    step = StepPage.objects.live().public().filter(pk=pk).first()
    if step is None:
        raise Http404("Deze stap staat niet (meer) in het stappenplan.")
    return step


@member_required()
def step(request, membership, pk):
    """One step's status: readable by every member, changeable by members and kartrekkers."""
    network = membership.network
    step = _live_step(pk)
    current = StepStatus.objects.filter(network=network, step=step).first()
    form = None
    if membership.can_edit:
        initial = {"status": current.status, "note": current.note} if current else {"status": "nog-niet"}
        form = StepStatusForm(posted(request), initial=initial)
    elif request.method == "POST":
        raise PermissionDenied("Als meelezer kun je de voortgang lezen, maar niet veranderen.")
    if request.method == "POST" and form.is_valid():
        services.set_step_status(network, step, form.cleaned_data["status"], form.cleaned_data["note"], membership)
        messages.success(request, f"De status van ‘{step.title}’ is opgeslagen.")
        return redirect(safe_next(request, network.get_absolute_url()))
    context = {
        "step": step,
        "phase": step.phase,
        "current": current,
        "form": form,
        "changes": list(network.step_changes.filter(step=step)),
        "next": safe_next(request, ""),
    }
    return render(request, membership, "networks/step.html", context, section="steps", status=status_for(form))
