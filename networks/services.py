"""What changes a network: made here once, called by the views, the step page and the commands.

Each function does one whole change in one transaction and leaves the checks of who may do it
to the views (networks.access).
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from scans.models import ScanVersion, TeamRound

from .models import Invitation, Membership, Network, NetworkTeam, StepStatus, StepStatusChange, WorkspaceRole


class NotAllowed(Exception):
    """A change that would leave the network in a state it must not be in; the message says why, in Dutch."""


@transaction.atomic
def create_network(user, member_name, role, **facts):
    """A new network with `user` as its first kartrekker."""
    network = Network.objects.create(**facts)
    Membership.objects.create(
        network=network, user=user, name=member_name, role=role, workspace_role=WorkspaceRole.KARTREKKER
    )
    return network


def invite(request, network, email, workspace_role):
    """Make an invitation and e-mail its link to `email`."""
    invitation, token = Invitation.create(network, email, workspace_role, request.user)
    link = request.build_absolute_uri(invitation_path(token))
    context = {"network": network, "invitation": invitation, "link": link, "sender": request.user}
    send_mail(
        render_to_string("networks/email/invitation_subject.txt", context).strip(),
        render_to_string("networks/email/invitation_body.txt", context),
        settings.DEFAULT_FROM_EMAIL,
        [email],
    )
    return invitation


def invitation_path(token):
    return reverse("networks:accept_invitation", args=[token])


@transaction.atomic
def accept_invitation(invitation, user, name, role):
    """`user` joins the invitation's network; the invitation is used up. An existing member keeps their membership."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None:
        raise NotAllowed("Deze uitnodiging is al gebruikt.")
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    membership, created = Membership.objects.get_or_create(
        network=invitation.network,
        user=user,
        defaults={"name": name, "role": role, "workspace_role": invitation.workspace_role},
    )
    return membership, created


def kartrekkers(network):
    return network.memberships.filter(workspace_role=WorkspaceRole.KARTREKKER)


@transaction.atomic
def change_role(membership, workspace_role):
    if membership.is_kartrekker and workspace_role != WorkspaceRole.KARTREKKER:
        _keep_a_kartrekker(membership)
    membership.workspace_role = workspace_role
    membership.save(update_fields=["workspace_role"])


@transaction.atomic
def remove_member(membership):
    """Take a member out (by a kartrekker, or the member leaving). The last kartrekker must hand over first."""
    if membership.is_kartrekker:
        _keep_a_kartrekker(membership)
    membership.delete()


def _keep_a_kartrekker(membership):
    others = kartrekkers(membership.network).select_for_update().exclude(pk=membership.pk)
    if not others.exists():
        raise NotAllowed(
            "Een netwerk heeft altijd minstens één kartrekker. Maak eerst iemand anders kartrekker, "
            "of verwijder het hele netwerk."
        )


@transaction.atomic
def set_step_status(network, step, status, note, membership):
    """The step's new status and note, with a line in its history. Nothing is written when nothing changed."""
    current = StepStatus.objects.select_for_update().filter(network=network, step=step).first()
    if current is not None and current.status == status and current.note == note:
        return current
    now = timezone.now()
    values = {
        "status": status,
        "note": note,
        "changed_by": membership.user,
        "changed_by_name": membership.name,
        "changed_at": now,
    }
    current, _ = StepStatus.objects.update_or_create(network=network, step=step, defaults=values)
    StepStatusChange.objects.create(network=network, step=step, step_title=step.title, **values)
    return current


@transaction.atomic
def start_team_round(network, scan, user):
    """A first team round of `scan` that belongs to the network."""
    team_round = TeamRound.objects.create(scan=scan, version=ScanVersion.current(scan))
    NetworkTeam.objects.create(network=network, scan=scan, team=team_round.team, started_by=user)
    return team_round


@transaction.atomic
def delete_network(network):
    """The network and everything in it: members, invitations, progress, partners, team rounds and their answers."""
    teams = list(network.teams.values_list("team", flat=True))
    TeamRound.objects.filter(team__in=teams).delete()  # with their answers (ScanResponse cascades)
    network.delete()


@transaction.atomic
def delete_account(user):
    """The user and their memberships; a network they are alone in goes with them.

    Refused while they are the last kartrekker of a network that has other members: it would be
    left without anyone who can invite or delete. Their names stay in the history they wrote.
    """
    memberships = list(user.network_memberships.select_related("network"))
    stuck = [
        m.network.name
        for m in memberships
        if m.is_kartrekker
        and not kartrekkers(m.network).exclude(pk=m.pk).exists()
        and m.network.memberships.exclude(pk=m.pk).exists()
    ]
    if stuck:
        raise NotAllowed(
            "Je bent de enige kartrekker van "
            + ", ".join(stuck)
            + ". Maak eerst iemand anders kartrekker, of verwijder de netwerkplek."
        )
    for membership in memberships:
        if not membership.network.memberships.exclude(pk=membership.pk).exists():
            delete_network(membership.network)
    user.delete()
