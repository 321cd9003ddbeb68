""" "Wie zit er aan tafel": the network's partners, and the roles it usually needs that are not there yet."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect

from ..access import member_required
from ..forms import PartnerForm
from ..models import Partner, WorkspaceRole
from ..summaries import missing_roles
from .common import posted, render, status_for


def _partners_page(request, membership, form=None):
    network = membership.network
    partners = list(network.partners.select_related("role"))
    members = list(network.memberships.select_related("role"))
    if membership.can_edit:
        form = form or PartnerForm()
    context = {
        "partners": partners,
        "missing_roles": missing_roles(partners, members),
        "form": form,
        "advice": network.residents_advice(),
    }
    return render(request, membership, "networks/partners.html", context, section="partners", status=status_for(form))


@member_required()
def partners(request, membership):
    return _partners_page(request, membership)


@member_required(WorkspaceRole.MEMBER)
def add(request, membership):
    if request.method != "POST":
        return redirect("networks:partners", membership.network.key)
    form = PartnerForm(request.POST)
    if not form.is_valid():
        return _partners_page(request, membership, form)
    partner = form.save(commit=False)
    partner.network = membership.network
    partner.save()
    messages.success(request, f"{partner.name} staat nu aan tafel.")
    return redirect("networks:partners", membership.network.key)


@member_required(WorkspaceRole.MEMBER)
def edit(request, membership, pk):
    partner = get_object_or_404(Partner, network=membership.network, pk=pk)
    form = PartnerForm(posted(request), instance=partner)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"De gegevens van {partner.name} zijn opgeslagen.")
        return redirect("networks:partners", membership.network.key)
    context = {"partner": partner, "form": form}
    return render(
        request, membership, "networks/partner_edit.html", context, section="partners", status=status_for(form)
    )


@member_required(WorkspaceRole.MEMBER)
def delete(request, membership, pk):
    partner = get_object_or_404(Partner, network=membership.network, pk=pk)
    if request.method == "POST":
        partner.delete()
        messages.success(request, f"{partner.name} staat niet meer in de lijst.")
    return redirect("networks:partners", membership.network.key)
