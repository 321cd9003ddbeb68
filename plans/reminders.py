"""The e-mails of the yearly rhythm, sent by `manage.py send_reminders` once a day.

Two kinds: thirty days before the first of a network's evaluation month its kartrekkers are told
it is time for the yearly evaluation (once per evaluation year), and once per ISO week every
member with overdue actions of their own gets the list (unless they switched it off).

Each e-mail is claimed first: its `SentReminder` row is written in the same transaction as the
sending, and the unique (membership, kind, period) constraint makes a second run, even one at the
same moment, send nothing twice. A failed send rolls the row back, so the next run tries again.
"""

import logging
import smtplib
from collections import defaultdict
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from networks.models import Membership, WorkspaceRole

from .models import Action, NetworkRhythm, ReminderKind, SentReminder

logger = logging.getLogger(__name__)

# The evaluation e-mail goes out from this many days before the first of the evaluation month up to that first.
WINDOW = timedelta(days=30)


def upcoming_evaluation(month, today):
    """(first day the e-mail may go out, first of the month) of the next evaluation in `month`, today included."""
    first = date(today.year, month, 1)
    if first < today:
        first = date(today.year + 1, month, 1)
    return first - WINDOW, first


def evaluation_due(month, today):
    """The first of the evaluation month when today is within its window, else None."""
    start, first = upcoming_evaluation(month, today)
    return first if start <= today else None


def next_evaluation_reminder(rhythm, today=None):
    """The day the kartrekkers' next evaluation e-mail goes out (today if it is due and not yet sent)."""
    today = today or timezone.localdate()
    start, first = upcoming_evaluation(rhythm.evaluation_month, today)
    if start <= today:
        sent = SentReminder.objects.filter(
            network_id=rhythm.network_id, kind=ReminderKind.EVALUATION, period=str(first.year)
        ).exists()
        if not sent:
            return today
        start, _ = upcoming_evaluation(rhythm.evaluation_month, first + timedelta(days=1))
    return start


def week_period(today):
    year, week, _ = today.isocalendar()
    return f"{year}-W{week:02d}"


def send_reminders(base_url, today=None):
    """Send what is due today; the number of e-mails of each kind sent (and failed)."""
    today = today or timezone.localdate()
    counted = {"evaluation": 0, "overdue": 0, "failed": 0}
    for kind, sent in [("evaluation", _evaluations(base_url, today)), ("overdue", _overdue(base_url, today))]:
        for ok in sent:
            counted[kind if ok else "failed"] += 1
    return counted


def _evaluations(base_url, today):
    due = {}
    for rhythm in NetworkRhythm.objects.all():
        first = evaluation_due(rhythm.evaluation_month, today)
        if first:
            due[rhythm.network_id] = first
    if not due:
        return
    kartrekkers = (
        Membership.objects.filter(network__in=due, workspace_role=WorkspaceRole.KARTREKKER)
        .exclude(user__email="")
        .select_related("network", "user")
        .order_by("network_id", "pk")
    )
    sent_before = set(
        SentReminder.objects.filter(
            membership__in=kartrekkers, kind=ReminderKind.EVALUATION, period__in={str(f.year) for f in due.values()}
        ).values_list("membership_id", "period")
    )
    for member in kartrekkers:
        first = due[member.network_id]
        period = str(first.year)
        if (member.pk, period) in sent_before:
            continue
        network = member.network
        context = {
            "member": member,
            "network": network,
            "month": first,
            "links": {
                "team_scans": base_url + reverse("networks:team_scans", args=[network.key]),
                "plan": base_url + reverse("plans:plan", args=[network.key]),
                "agreement": base_url + reverse("plans:agreement", args=[network.key]),
                "years": base_url + reverse("plans:years", args=[network.key]),
                "rhythm": base_url + reverse("plans:rhythm", args=[network.key]),
            },
        }
        yield from _claim_and_send(member, ReminderKind.EVALUATION, period, "evaluation", context)


def _overdue(base_url, today):
    period = week_period(today)
    sent = SentReminder.objects.filter(membership=OuterRef("owner_member"), kind=ReminderKind.OVERDUE, period=period)
    actions = (
        Action.objects.overdue(today)
        .filter(owner_member__isnull=False, owner_member__network=F("network"))
        .exclude(owner_member__user__email="")
        .exclude(owner_member__reminder_preference__overdue_weekly=False)
        .exclude(Exists(sent))
        .select_related("owner_member__user", "owner_member__network")
        .order_by("owner_member_id", "due_date", "pk")
    )
    by_member = defaultdict(list)
    for action in actions:
        by_member[action.owner_member].append(action)
    for member, listed in by_member.items():
        network = member.network
        context = {
            "member": member,
            "network": network,
            "actions": [
                (action, base_url + reverse("plans:action_edit", args=[network.key, action.pk])) for action in listed
            ],
            "today": today,
            "links": {
                "plan": base_url + reverse("plans:plan", args=[network.key]),
                "reminders": base_url + reverse("plans:reminders", args=[network.key]),
            },
        }
        yield from _claim_and_send(member, ReminderKind.OVERDUE, period, "overdue", context)


def _claim_and_send(member, kind, period, template, context):
    """Write the reminder down and send it, both or neither; yields True when sent, False when sending failed."""
    try:
        with transaction.atomic():
            SentReminder.objects.create(network_id=member.network_id, membership=member, kind=kind, period=period)
            send_mail(
                render_to_string(f"plans/email/{template}_subject.txt", context).strip(),
                render_to_string(f"plans/email/{template}_body.txt", context),
                settings.DEFAULT_FROM_EMAIL,
                [member.user.email],
            )
    except IntegrityError:
        return  # another run sent it already
    except (smtplib.SMTPException, OSError):
        logger.exception("Reminder %s %s to membership %s could not be sent", kind, period, member.pk)
        yield False
        return
    yield True
