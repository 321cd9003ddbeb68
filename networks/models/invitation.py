"""Invitations to a network: a single-use link, sent by e-mail, that expires after 14 days.

Only a digest of the link's token is stored, so the links cannot be read back from the
database. The invitation is for one e-mail address: only a user who verified that address
can accept it.
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

from .network import Network, WorkspaceRole

VALID_FOR = timedelta(days=14)


def digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


class Invitation(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField("e-mailadres")
    workspace_role = models.CharField(
        "rol in de netwerkplek", max_length=12, choices=WorkspaceRole.choices, default=WorkspaceRole.MEMBER
    )
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="uitgenodigd door",
    )
    created_at = models.DateTimeField("verstuurd op", default=timezone.now)
    expires_at = models.DateTimeField("verloopt op")
    accepted_at = models.DateTimeField("geaccepteerd op", null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "uitnodiging"
        verbose_name_plural = "uitnodigingen"

    def __str__(self):
        return f"Uitnodiging voor {self.email}"

    @classmethod
    def create(cls, network, email, workspace_role, invited_by):
        """A new invitation and the token of its link (given out once, never stored)."""
        token = secrets.token_urlsafe(32)
        now = timezone.now()
        invitation = cls.objects.create(
            network=network,
            email=email,
            workspace_role=workspace_role,
            token_digest=digest(token),
            invited_by=invited_by,
            created_at=now,
            expires_at=now + VALID_FOR,
        )
        return invitation, token

    @classmethod
    def for_token(cls, token):
        return cls.objects.select_related("network").filter(token_digest=digest(token)).first()

    @property
    def is_expired(self):
        return timezone.now() >= self.expires_at

    @property
    def is_pending(self):
        return self.accepted_at is None and not self.is_expired

    def is_for(self, user):
        """Whether `user` verified this invitation's e-mail address."""
        from allauth.account.models import EmailAddress

        return EmailAddress.objects.filter(user=user, email__iexact=self.email, verified=True).exists()
