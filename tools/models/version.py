"""A token that changes whenever listed content changes, shared by every server process."""

import uuid

from django.db import models

LISTINGS = "listings"


class ContentVersion(models.Model):
    """One row per kind of derived data; its token is replaced on every relevant change.

    Each gunicorn worker keeps its facet index (tools.facet_index) in memory and compares its
    token with this row on every request, so a publish in one worker reaches all of them.
    """

    name = models.CharField(max_length=40, primary_key=True)
    token = models.UUIDField(default=uuid.uuid4)

    class Meta:
        verbose_name = "inhoudsversie"
        verbose_name_plural = "inhoudsversies"

    def __str__(self):
        return f"{self.name}: {self.token}"

    @classmethod
    def bump(cls, name=LISTINGS):
        cls.objects.update_or_create(name=name, defaults={"token": uuid.uuid4()})

    @classmethod
    def current(cls, name=LISTINGS):
        return cls.objects.filter(name=name).values_list("token", flat=True).first()
