"""Who is in the network: members and their roles, invitations, and accepting one."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone

from toolbox_site import ratelimit

from .. import services
from ..access import member_required
from ..forms import AcceptInvitationForm, InvitationForm, MemberForm, WorkspaceRoleForm
from ..models import Invitation, Membership, WorkspaceRole
from .common import posted, render, status_for


def _members_page(request, membership, *, invite_form=None, profile_form=None, error="", status=200):
    network = membership.network
    invitations = []
    if membership.is_kartrekker:
        invite_form = invite_form or InvitationForm(network=network)
        invitations = list(
            network.invitations.filter(accepted_at=None).select_related("invited_by").order_by("-created_at")
        )
    context = {
        "members": list(network.memberships.select_related("role", "user")),
        "invitations": invitations,
        "invite_form": invite_form,
        "profile_form": profile_form or MemberForm(instance=membership, prefix="profiel"),
        "roles": [(value, label, WorkspaceRole.descriptions()[value]) for value, label in WorkspaceRole.choices],
        "error": error,
        "now": timezone.now(),
    }
    status = max(status, 400 if error else status_for(invite_form, profile_form))
    return render(request, membership, "networks/members.html", context, section="members", status=status)


@member_required()
def members(request, membership):
    return _members_page(request, membership)


@member_required(WorkspaceRole.KARTREKKER)
def invite(request, membership):
    if request.method != "POST":
        return redirect("networks:members", membership.network.key)
    network = membership.network
    form = InvitationForm(request.POST, network=network)
    if not form.is_valid():
        return _members_page(request, membership, invite_form=form)
    email = form.cleaned_data["email"]
    limits = settings.NETWORK_INVITATION_RATE_LIMITS
    if ratelimit.exceeded(request, "invite", *limits["address"]) or ratelimit.exceeded(
        request, "invite-email", *limits["email"], per=email
    ):
        error = (
            "Er zijn in korte tijd te veel uitnodigingen verstuurd, vanaf jouw internetadres of naar dit "
            "e-mailadres. Wacht een uur en probeer het dan opnieuw; het formulier staat er nog."
        )
        return _members_page(request, membership, invite_form=form, error=error, status=429)
    # A new invitation replaces one that is still open for the same address.
    network.invitations.filter(email__iexact=email, accepted_at=None).delete()
    services.invite(request, network, email, form.cleaned_data["workspace_role"])
    messages.success(request, f"De uitnodiging is verstuurd naar {email}. De link werkt 14 dagen en één keer.")
    return redirect("networks:members", network.key)


@member_required()
def profile(request, membership):
    """A member's own name and role in the network."""
    if request.method != "POST":
        return redirect("networks:members", membership.network.key)
    form = MemberForm(request.POST, instance=membership, prefix="profiel")
    if not form.is_valid():
        return _members_page(request, membership, profile_form=form)
    form.save()
    messages.success(request, "Je naam en rol zijn opgeslagen.")
    return redirect("networks:members", membership.network.key)


@member_required(WorkspaceRole.KARTREKKER)
def change_role(request, membership, pk):
    member = get_object_or_404(Membership, network=membership.network, pk=pk)
    if request.method != "POST":
        return redirect("networks:members", membership.network.key)
    form = WorkspaceRoleForm(request.POST)
    if not form.is_valid():
        return _members_page(request, membership, error="Kies een van de drie rollen.")
    try:
        services.change_role(member, form.cleaned_data["workspace_role"])
    except services.NotAllowed as refusal:
        return _members_page(request, membership, error=str(refusal))
    messages.success(request, f"{member.name} is nu {member.get_workspace_role_display().lower()}.")
    if member.pk == membership.pk and not member.is_kartrekker:
        return redirect(membership.network)
    return redirect("networks:members", membership.network.key)


@member_required(WorkspaceRole.KARTREKKER)
def remove(request, membership, pk):
    member = get_object_or_404(Membership, network=membership.network, pk=pk)
    if request.method != "POST":
        return redirect("networks:members", membership.network.key)
    if member.pk == membership.pk:
        return redirect("networks:leave", membership.network.key)
    try:
        services.remove_member(member)
    except services.NotAllowed as refusal:
        return _members_page(request, membership, error=str(refusal))
    messages.success(request, f"{member.name} is geen lid meer van het netwerk.")
    return redirect("networks:members", membership.network.key)


@member_required(WorkspaceRole.KARTREKKER)
def revoke(request, membership, pk):
    invitation = get_object_or_404(Invitation, network=membership.network, pk=pk, accepted_at=None)
    if request.method == "POST":
        invitation.delete()
        messages.success(request, f"De uitnodiging voor {invitation.email} is ingetrokken; de link werkt niet meer.")
    return redirect("networks:members", membership.network.key)


def accept(request, token):
    """The link in an invitation e-mail: sign in (or up) with the invited address, pick a name and role, join."""
    invitation = Invitation.for_token(token)
    if invitation is None:
        return _message(request, 404, "Deze uitnodiging kennen we niet", "unknown")
    if invitation.accepted_at is not None:
        return _message(request, 410, "Deze uitnodiging is al gebruikt", "used", invitation)
    if invitation.is_expired:
        return _message(request, 410, "Deze uitnodiging is verlopen", "expired", invitation)
    if not request.user.is_authenticated:
        return TemplateResponse(request, "networks/invitation.html", {"invitation": invitation, "state": "sign-in"})
    if not invitation.is_for(request.user):
        return _message(request, 403, "Deze uitnodiging is voor een ander e-mailadres", "other-address", invitation)
    existing = Membership.objects.filter(network=invitation.network, user=request.user).first()
    if existing is not None:
        services.accept_invitation(invitation, request.user, existing.name, existing.role)  # used up all the same
        messages.info(request, f"Je bent al lid van {invitation.network.name}.")
        return redirect(invitation.network)
    form = AcceptInvitationForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.accept_invitation(invitation, request.user, form.cleaned_data["name"], form.cleaned_data["role"])
        except services.NotAllowed:
            return _message(request, 410, "Deze uitnodiging is al gebruikt", "used", invitation)
        messages.success(request, f"Welkom bij {invitation.network.name}!")
        return redirect(invitation.network)
    context = {"invitation": invitation, "state": "accept", "form": form}
    return TemplateResponse(request, "networks/invitation.html", context, status=status_for(form))


def _message(request, status, title, reason, invitation=None):
    context = {"title": title, "reason": reason, "invitation": invitation}
    return TemplateResponse(request, "networks/invitation_message.html", context, status=status)
