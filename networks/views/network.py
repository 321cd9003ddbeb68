"""The network itself: "Mijn netwerk", a new network, its overview, its facts, leaving, deleting, downloading."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify

from .. import roadmap, services
from ..access import member_required
from ..export import network_data
from ..forms import ConfirmForm, CreateNetworkForm, NetworkForm
from ..models import Membership, WorkspaceRole
from ..summaries import missing_roles, team_summaries
from .common import posted, render, status_for


@login_required
def index(request):
    """Every network the signed-in user is a member of, and the way to start a new one."""
    memberships = Membership.objects.filter(user=request.user).select_related("network").order_by("network__name")
    return TemplateResponse(request, "networks/index.html", {"memberships": memberships})


@login_required
def create(request):
    form = CreateNetworkForm(posted(request))
    if request.method == "POST" and form.is_valid():
        facts = {name: value for name, value in form.cleaned_data.items() if name not in ("member_name", "member_role")}
        network = services.create_network(
            request.user, form.cleaned_data["member_name"], form.cleaned_data["member_role"], **facts
        )
        messages.success(request, f"De netwerkplek van {network.name} staat klaar. Nodig nu de andere partners uit.")
        return redirect(network)
    context = {"form": form, "retention_months": settings.NETWORK_RETENTION_MONTHS}
    return TemplateResponse(request, "networks/create.html", context, status=status_for(form))


@login_required
def delete_account(request):
    """The signed-in user deletes their account: memberships, e-mail addresses, and networks they are alone in."""
    form = ConfirmForm(posted(request), label="Ja, verwijder mijn account")
    memberships = list(Membership.objects.filter(user=request.user).select_related("network"))
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            services.delete_account(request.user)
        except services.NotAllowed as refusal:
            error = str(refusal)
        else:
            logout(request)
            messages.success(request, "Je account is verwijderd.")
            return redirect("/")
    context = {"form": form, "memberships": memberships, "error": error}
    status = 400 if error else status_for(form)
    return TemplateResponse(request, "networks/delete_account.html", context, status=status)


@member_required()
def overview(request, membership):
    network = membership.network
    phases = roadmap.progress(network)
    partners = list(network.partners.select_related("role"))
    members = list(network.memberships.select_related("role"))
    context = {
        "phases": phases,
        "next_step": roadmap.next_step(phases),
        "members": members,
        "partners": partners,
        "missing_roles": missing_roles(partners, members),
        "teams": team_summaries(network),
        "pending_invitations": network.invitations.filter(accepted_at=None, expires_at__gt=timezone.now()).count()
        if membership.is_kartrekker
        else 0,
    }
    return render(request, membership, "networks/overview.html", context, section="overview")


@member_required(WorkspaceRole.KARTREKKER)
def edit(request, membership):
    network = membership.network
    form = NetworkForm(posted(request), instance=network)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "De gegevens van het netwerk zijn opgeslagen.")
        return redirect(network)
    return render(
        request, membership, "networks/edit.html", {"form": form}, section="overview", status=status_for(form)
    )


@member_required()
def leave(request, membership):
    network = membership.network
    form = ConfirmForm(posted(request), label=f"Ja, ik verlaat {network.name}")
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            services.remove_member(membership)
        except services.NotAllowed as refusal:
            error = str(refusal)
        else:
            messages.success(request, f"Je bent geen lid meer van {network.name}.")
            return redirect("networks:index")
    status = 400 if error else status_for(form)
    return render(request, membership, "networks/leave.html", {"form": form, "error": error}, status=status)


@member_required(WorkspaceRole.KARTREKKER)
def delete(request, membership):
    network = membership.network
    form = ConfirmForm(posted(request), label=f"Ja, verwijder {network.name} met alles wat erin staat")
    if request.method == "POST" and form.is_valid():
        name = network.name
        services.delete_network(network)
        messages.success(request, f"{name} is verwijderd, met alle leden, voortgang, partners en teamscans.")
        return redirect("networks:index")
    counts = {
        "members": network.memberships.count(),
        "partners": network.partners.count(),
        "statuses": network.step_statuses.count(),
        "teams": network.teams.count(),
    }
    return render(
        request, membership, "networks/delete.html", {"form": form, "counts": counts}, status=status_for(form)
    )


@member_required()
def download(request, membership):
    """ "Download onze gegevens": everything the workspace holds about the network, as JSON."""
    network = membership.network
    data = json.dumps(network_data(network, request), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    filename = f"netwerk-{slugify(network.name) or network.key}-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
