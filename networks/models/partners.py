"""Who is at the table ("Wie zit er aan tafel"), and which roles editors say a network usually needs."""

from django.db import models
from wagtail.admin.panels import FieldPanel, PageChooserPanel

from .network import Network


class Partner(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(
        "organisatie of groep", max_length=160, help_text="Bijvoorbeeld ‘Huisartsenpraktijk De Linde’ of ‘Dorpsraad’."
    )
    role = models.ForeignKey(
        "tools.Role",
        verbose_name="rol",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Welke rol heeft deze partner in het netwerk?",
    )
    contact_name = models.CharField(
        "contactpersoon",
        max_length=120,
        blank=True,
        help_text="Niet verplicht. Alleen de leden van het netwerk zien dit.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = "partner"
        verbose_name_plural = "partners"

    def __str__(self):
        return self.name


class NeededRole(models.Model):
    """A role that a wijknetwerk usually needs at the table, with the step or tool that helps to find it."""

    role = models.OneToOneField(
        "tools.Role",
        verbose_name="rol",
        on_delete=models.CASCADE,
        related_name="needed_in_networks",
        help_text="Een rol uit de lijst met rollen.",
    )
    why = models.TextField(
        "waarom deze rol",
        max_length=400,
        help_text="Eén of twee zinnen die een netwerk uitleggen waarom deze rol aan tafel hoort.",
    )
    help_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="stap of tool die helpt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="De stap of tool die een netwerk helpt om iemand met deze rol te vinden.",
    )
    sort_order = models.PositiveSmallIntegerField("volgorde", default=0, help_text="Lagere nummers staan eerder.")

    panels = [
        FieldPanel("role"),
        FieldPanel("why"),
        PageChooserPanel("help_page", ["phases.StepPage", "tools.ToolPage"]),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "role__sort_order", "role__name"]
        verbose_name = "benodigde rol"
        verbose_name_plural = "benodigde rollen"

    def __str__(self):
        return str(self.role)
