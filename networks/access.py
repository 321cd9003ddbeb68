"""Who may see and do what in a network's workspace.

Every workspace view is wrapped in `member_required(role)`: a signed-out visitor is sent to
sign in; a signed-in user who is not a member of the network gets 404 (the same answer as for
a network that does not exist, so the key tells nothing); a member below `role` gets 403.
Every answer of the workspace is private (networks.middleware).
"""

import functools
from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone

from .models import Membership, Network, WorkspaceRole

# How often a visit moves a network's last activity on (the retention clock): once a day is enough.
ACTIVITY_RESOLUTION = timedelta(days=1)


def membership(request, key, role=WorkspaceRole.READER):
    """The signed-in user's membership of the network `key`, with at least `role`; 404 or 403 otherwise."""
    found = (
        Membership.objects.select_related("network", "network__current_phase", "role")
        .filter(network__key=key, user=request.user)
        .first()
    )
    if found is None:
        raise Http404("Dit netwerk bestaat niet, of je bent er geen lid van.")
    if not found.may(role):
        raise PermissionDenied("Met jouw rol in dit netwerk kun je dit niet doen.")
    note_activity(found.network)
    return found


def note_activity(network):
    now = timezone.now()
    if network.last_active_at < now - ACTIVITY_RESOLUTION or network.retention_warning_sent_at:
        Network.objects.filter(pk=network.pk).update(last_active_at=now, retention_warning_sent_at=None)
        network.last_active_at, network.retention_warning_sent_at = now, None


def member_required(role=WorkspaceRole.READER):
    """Wrap a view `view(request, membership, ...)` of `/netwerk/<key>/...`: sign-in, membership and role checked."""

    def decorate(view):
        @functools.wraps(view)
        def wrapped(request, key, *args, **kwargs):
            return view(request, membership(request, key, role), *args, **kwargs)

        return login_required(wrapped)

    return decorate
