"""The yearly rhythm: the network's evaluation month (set by a kartrekker), and each member's own reminder choice."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils import timezone

from networks.access import member_required
from networks.views.common import posted, render, status_for

from ..forms.rhythm import ReminderPreferenceForm, RhythmForm
from ..models import Action, NetworkRhythm, ReminderPreference
from ..reminders import WINDOW, next_evaluation_reminder


@member_required()
def rhythm(request, membership):
    """Everyone in the network reads the evaluation month and the next reminder; only a kartrekker changes it."""
    network = membership.network
    current = NetworkRhythm.objects.filter(network=network).first()
    form = None
    if membership.is_kartrekker:
        form = RhythmForm(posted(request), instance=current or NetworkRhythm(network=network))
    elif request.method == "POST":
        raise PermissionDenied("Alleen een kartrekker kan de evaluatiemaand kiezen.")
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.updated_at = timezone.now()
        saved.save()
        messages.success(request, f"Jullie evalueren voortaan elk jaar in {saved.get_evaluation_month_display()}.")
        return redirect("plans:rhythm", network.key)
    context = {
        "rhythm": current,
        "next_reminder": next_evaluation_reminder(current) if current else None,
        "today": timezone.localdate(),
        "window_days": WINDOW.days,
        "form": form,
    }
    return render(request, membership, "plans/rhythm.html", context, section="year", status=status_for(form))


@member_required()
def reminders(request, membership):
    """A member's own choice: the weekly e-mail of their overdue actions, on or off. Any role, only their own."""
    preference = ReminderPreference.objects.filter(membership=membership).first()
    form = ReminderPreferenceForm(posted(request), instance=preference or ReminderPreference(membership=membership))
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        if saved.overdue_weekly:
            messages.success(request, "Je krijgt weer elke week een e-mail als er acties van jou over hun datum zijn.")
        else:
            messages.success(request, "Je krijgt geen wekelijkse e-mail meer over je verlopen acties.")
        return redirect("plans:reminders", membership.network.key)
    context = {
        "form": form,
        "overdue": Action.objects.overdue().filter(network=membership.network, owner_member=membership).count(),
    }
    return render(request, membership, "plans/reminders.html", context, section="year", status=status_for(form))
