"""Networks nobody uses are not kept for ever: NETWORK_RETENTION_MONTHS after the last sign-in they are deleted.

A month before, the kartrekkers get an e-mail; signing in (or opening the workspace) stops the
clock. Run daily (`manage.py delete_inactive_networks`); running it twice changes nothing more.
"""

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .models import Network, WorkspaceRole
from .services import delete_network

WARNING_AHEAD = relativedelta(months=1)


def cutoff(now=None):
    return (now or timezone.now()) - relativedelta(months=settings.NETWORK_RETENTION_MONTHS)


def warn_and_delete(base_url, now=None):
    """Delete the networks past the term; e-mail the kartrekkers of those that go within a month. Both counted."""
    now = now or timezone.now()
    expired = list(Network.objects.filter(last_active_at__lt=cutoff(now)))
    for network in expired:
        delete_network(network)
    warned = 0
    soon = Network.objects.filter(last_active_at__lt=cutoff(now + WARNING_AHEAD), retention_warning_sent_at=None)
    for network in soon.prefetch_related("memberships__user"):
        recipients = [
            member.user.email
            for member in network.memberships.all()
            if member.workspace_role == WorkspaceRole.KARTREKKER and member.user.email
        ]
        context = {
            "network": network,
            "deleted_on": network.last_active_at + relativedelta(months=settings.NETWORK_RETENTION_MONTHS),
            "link": base_url + reverse("networks:overview", args=[network.key]),
            "months": settings.NETWORK_RETENTION_MONTHS,
        }
        if recipients:
            send_mail(
                render_to_string("networks/email/retention_subject.txt", context).strip(),
                render_to_string("networks/email/retention_body.txt", context),
                settings.DEFAULT_FROM_EMAIL,
                recipients,
            )
        Network.objects.filter(pk=network.pk).update(retention_warning_sent_at=now)
        warned += 1
    return {"deleted": len(expired), "warned": warned}
