"""A practice story sent in by a visitor: who to contact about it, kept apart from the page itself."""

from django.db import models


class StorySubmission(models.Model):
    """The editors-only facts of a story that arrived through "Deel jouw praktijkverhaal".

    The contact address is deliberately not a field of the page: page fields end up in revisions,
    the API, feeds and templates, this model in none of them.
    """

    page = models.OneToOneField(
        "tools.PracticeStoryPage",
        verbose_name="praktijkverhaal",
        on_delete=models.CASCADE,
        related_name="submission",
    )
    contact_email = models.EmailField("e-mailadres van de inzender")
    submitted_at = models.DateTimeField("ingezonden op", auto_now_add=True)
    answers = models.JSONField(
        "ingevulde antwoorden",
        default=dict,
        help_text="Alles wat de inzender invulde, zoals het binnenkwam.",
    )

    class Meta:
        verbose_name = "ingezonden praktijkverhaal"
        verbose_name_plural = "ingezonden praktijkverhalen"
        ordering = ["-submitted_at"]

    def __str__(self):
        return self.page.title
