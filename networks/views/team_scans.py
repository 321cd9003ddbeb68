"""The network's team scans: every round with the change per dimension, starting one, and a round's results."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse

from scans import comparison_entries
from scans.forms import ComparisonForm
from scans.models import TeamRound
from scans.team_results import results
from toolbox_site import ratelimit

from .. import services
from ..access import member_required
from ..forms import StartRoundForm
from ..models import WorkspaceRole
from ..summaries import team_summaries
from .common import render, status_for

TOO_MANY_ROUNDS = "Er zijn in korte tijd te veel teamrondes gestart. Wacht een paar minuten en probeer het opnieuw."


def _scans_page(request, membership, form=None, error=""):
    if membership.is_kartrekker:
        form = form or StartRoundForm()
    context = {"teams": team_summaries(membership.network), "form": form, "error": error}
    status = 429 if error else status_for(form)
    return render(request, membership, "networks/team_scans.html", context, section="scans", status=status)


@member_required()
def team_scans(request, membership):
    return _scans_page(request, membership)


@member_required(WorkspaceRole.KARTREKKER)
def start(request, membership):
    if request.method != "POST":
        return redirect("networks:team_scans", membership.network.key)
    form = StartRoundForm(request.POST)
    if not form.is_valid():
        return _scans_page(request, membership, form)
    limit, window = settings.SCAN_RATE_LIMITS["start"]
    if ratelimit.exceeded(request, "scan-start", limit, window):
        return _scans_page(request, membership, form, error=TOO_MANY_ROUNDS)
    team_round = services.start_team_round(membership.network, form.cleaned_data["scan"], request.user)
    messages.success(request, "De teamronde staat klaar. Deel de antwoordlink met de partners.")
    return redirect("networks:team_round", membership.network.key, team_round.pk)


def _network_round(membership, pk):
    teams = membership.network.teams.values_list("team", flat=True)
    return get_object_or_404(TeamRound.objects.select_related("scan", "version"), pk=pk, team__in=teams)


@member_required()
def team_round(request, membership, pk):
    """A round's results inside the workspace; the kartrekker closes it, starts the next round or opts it in here."""
    team_round = _network_round(membership, pk)
    opt_in_form, comparison_error = None, ""
    if request.method == "POST":
        if not membership.is_kartrekker:
            raise PermissionDenied(
                "Alleen een kartrekker kan een ronde sluiten, een nieuwe ronde starten of een ronde laten vergelijken."
            )
        action = request.POST.get("actie")
        if action == "sluiten":
            team_round.close()
            messages.success(request, f"Ronde {team_round.number} is gesloten.")
            return redirect("networks:team_round", membership.network.key, team_round.pk)
        if action == "nieuwe-ronde":
            limit, window = settings.SCAN_RATE_LIMITS["start"]
            if ratelimit.exceeded(request, "scan-start", limit, window):
                return _scans_page(request, membership, error=TOO_MANY_ROUNDS)
            new_round = team_round.start_next()
            messages.success(request, f"Ronde {new_round.number} staat klaar, met een nieuwe antwoordlink.")
            return redirect("networks:team_round", membership.network.key, new_round.pk)
        if action == comparison_entries.OPT_IN:
            if team_round.is_open:
                comparison_error = comparison_entries.OPEN_ROUND
            else:
                opt_in_form = ComparisonForm(request.POST)
                if opt_in_form.is_valid():
                    comparison_entries.opt_in(team_round, **opt_in_form.facts())
                    messages.success(request, f"Ronde {team_round.number} doet nu mee aan de vergelijking.")
                    return _to_comparison(membership, team_round)
        if action == comparison_entries.OPT_OUT:
            comparison_entries.opt_out(team_round)
            messages.success(
                request, f"Ronde {team_round.number} doet niet meer mee: hij telt in geen enkel cijfer meer mee."
            )
            return _to_comparison(membership, team_round)
    scan = team_round.scan
    context = {
        **results(team_round, request.GET),
        "scan": scan,
        "answer_link": request.build_absolute_uri(
            scan.url + scan.reverse_subpage("join", args=[team_round.answer_token])
        ),
        "bad_action": request.method == "POST" and opt_in_form is None and not comparison_error,
    }
    if opt_in_form is not None:
        context["comparison"].form = opt_in_form  # shown again with what to change
    context["comparison"].error = comparison_error
    status = 400 if request.method == "POST" else 200
    return render(request, membership, "networks/team_round.html", context, section="scans", status=status)


def _to_comparison(membership, team_round):
    return redirect(reverse("networks:team_round", args=[membership.network.key, team_round.pk]) + "#vergelijken")
