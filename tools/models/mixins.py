"""Fields that keep a page visibly current: who maintains it and when it was last checked."""

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class KeptCurrentMixin(models.Model):
    last_checked = models.DateField(
        "laatst gecontroleerd",
        default=timezone.localdate,
        help_text="De datum waarop iemand de inhoud en links het laatst heeft nagekeken. Bezoekers zien deze datum.",
    )
    maintained_by = models.CharField(
        "beheerd door",
        max_length=160,
        help_text="De organisatie die deze inhoud actueel houdt, bijvoorbeeld ‘HAN’ of ‘Reos’.",
    )
    source = models.CharField(
        "bron",
        max_length=255,
        blank=True,
        help_text="Waar de feiten vandaan komen, bijvoorbeeld ‘Eindrapport Een Sterk Wijknetwerk’.",
    )

    kept_current_panel = MultiFieldPanel(
        [FieldPanel("maintained_by"), FieldPanel("last_checked"), FieldPanel("source")],
        heading="Beheer en bron",
    )

    class Meta:
        abstract = True
