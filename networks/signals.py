"""A sign-in keeps the user's networks alive: the retention clock (delete_inactive_networks) starts again."""

from django.contrib.auth.signals import user_logged_in
from django.utils import timezone

from .models import Network


def _signed_in(sender, request, user, **kwargs):
    Network.objects.filter(memberships__user=user).update(last_active_at=timezone.now(), retention_warning_sent_at=None)


def connect():
    user_logged_in.connect(_signed_in, dispatch_uid="networks-signed-in")
