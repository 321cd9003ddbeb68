"""The samenwerkingsovereenkomst's logic: the draft, proposals from what the workspace knows, and adoption.

`draft_content(network)` and `AgreementVersion.content` have one shape (see plans.models.agreement), so the
pages and the exports render a draft and a frozen version the same way.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from networks.models import WorkspaceRole

from .models import Agreement, AgreementVersion, NetworkRhythm
from .models.agreement import SECTIONS

PARTNERS = "partners"  # the section whose text is the partners' contributions, listed separately


class NothingToAdopt(Exception):
    """Adopting was refused; the message says why, in Dutch."""


SIMULTANEOUS = (
    "Op hetzelfde moment is er al een versie vastgesteld. Bekijk die eerst; wat daarna nog verandert, "
    "kun je opnieuw vaststellen."
)


@dataclass(frozen=True)
class Section:
    number: int
    slug: str
    title: str
    field: str

    @property
    def is_partners(self):
        return self.slug == PARTNERS


ALL_SECTIONS = [Section(number, slug, title, field) for number, (slug, title, field) in enumerate(SECTIONS, 1)]


def section_by_number(number):
    """The section `number` (1 to 8) of the guided form, or None."""
    return ALL_SECTIONS[number - 1] if 1 <= number <= len(ALL_SECTIONS) else None


def get_draft(network):
    """The network's one draft; made on the first visit."""
    return Agreement.objects.get_or_create(network=network)[0]


def partners_of(network):
    return list(network.partners.select_related("role"))


def kartrekker_names(network):
    return list(
        network.memberships.filter(workspace_role=WorkspaceRole.KARTREKKER)
        .order_by("name")
        .values_list("name", flat=True)
    )


def contribution(draft, partner):
    return (draft.contributions or {}).get(str(partner.pk), "")


def build_content(network, draft, partners, kartrekkers):
    """The agreement as it reads now: the shape `AgreementVersion.content` freezes."""
    phase = network.current_phase
    return {
        "network": network.name,
        "place": network.place,
        "phase": phase.title if phase else "",
        "sections": [
            {"slug": s.slug, "title": s.title, "text": "" if s.is_partners else getattr(draft, s.field)}
            for s in ALL_SECTIONS
        ],
        "partners": [
            {"name": p.name, "role": p.role.name if p.role else "", "brings": contribution(draft, p)} for p in partners
        ],
        "kartrekkers": list(kartrekkers),
    }


def draft_content(network):
    """The current draft in the shape of a frozen version (for a "concept" preview); saves nothing."""
    draft = Agreement.objects.filter(network=network).first() or Agreement(network=network)
    return build_content(network, draft, partners_of(network), kartrekker_names(network))


def filled(content):
    """For each section of `content`, in order, whether it is written; the partners section by any contribution."""
    written_partner = any(partner["brings"].strip() for partner in content["partners"])
    return [
        written_partner if section["slug"] == PARTNERS else bool(section["text"].strip())
        for section in content["sections"]
    ]


def latest_version(network):
    return network.agreement_versions.order_by("-number").first()


def refusal(content, latest):
    """Why `content` cannot be adopted after the version `latest` (or None), or "" when it can."""
    if not any(filled(content)):
        return "Er staat nog niets in de overeenkomst. Vul eerst minstens één onderdeel in."
    if latest is not None and latest.content == content:
        return (
            f"Er is niets veranderd sinds versie {latest.number} (vastgesteld op {latest.adopted_on:%d-%m-%Y}). "
            "Pas eerst het concept of de partners aan; dan kun je een nieuwe versie vaststellen."
        )
    return ""


def adopt(network, membership):
    """Freeze the draft, with the partners and kartrekkers of today, as the next version; NothingToAdopt if not."""
    with transaction.atomic():
        # The lock on the draft makes two kartrekkers who adopt at once take turns (on PostgreSQL).
        draft = Agreement.objects.select_for_update().get_or_create(network=network)[0]
        content = build_content(network, draft, partners_of(network), kartrekker_names(network))
        latest = latest_version(network)
        reason = refusal(content, latest)
        if reason:
            raise NothingToAdopt(reason)
        try:
            with transaction.atomic():  # a savepoint: a clash below leaves the outer transaction usable
                return AgreementVersion.objects.create(
                    network=network,
                    number=latest.number + 1 if latest else 1,
                    adopted_on=timezone.localdate(),
                    adopted_by=membership.user,
                    adopted_by_name=membership.name,
                    content=content,
                )
        except IntegrityError as clash:  # SQLite has no row lock: another kartrekker took this number just now
            raise NothingToAdopt(SIMULTANEOUS) from clash


def save_section(draft, section, value, membership):
    """Store one section's text (or the partners' contributions: a dict of partner pk → text)."""
    setattr(draft, section.field, value)
    draft.updated_at = timezone.now()
    draft.updated_by_name = membership.name
    draft.save(update_fields=[section.field, "updated_at", "updated_by_name"])


def overview(network):
    """What the agreement page shows: the draft, how far it is, and every adopted version (constant queries)."""
    draft = get_draft(network)
    content = build_content(network, draft, partners_of(network), kartrekker_names(network))
    versions = list(network.agreement_versions.defer("content").order_by("-number"))
    latest = versions[0] if versions else None
    done = filled(content)
    return {
        "draft": draft,
        "content": content,
        "filled": done,
        "filled_count": sum(done),
        "total": len(ALL_SECTIONS),
        "first_empty": next((number for number, written in enumerate(done, 1) if not written), 1),
        "versions": versions,
        "latest": latest,
        # Reading the deferred content of the latest version is the one extra query.
        "differs": latest is None or latest.content != content,
        "refusal": refusal(content, latest),
    }


def _number(value):
    return f"{value:,}".replace(",", ".")


def proposal(network, section):
    """A first text for an empty section from what the workspace knows, or ""; never saved until a member saves."""
    make = _PROPOSALS.get(section.slug)
    return make(network) if make else ""


def _goal(network):
    area = f"{network.name} is het wijknetwerk van {network.place}"
    if network.residents:
        area += f", een gebied met ongeveer {_number(network.residents)} inwoners"
    year = network.start_year
    started = f"We zijn in {year} begonnen" if year <= timezone.localdate().year else f"We beginnen in {year}"
    phase = network.current_phase
    if phase:
        started += f" en staan nu in fase {phase.number} van het stappenplan: {phase.short_name}"
    return "\n\n".join(
        [
            f"{area}. {started}.",
            "Samen zorgen we ervoor dat inwoners gezond en prettig kunnen blijven wonen, met zorg en "
            "ondersteuning dichtbij, en met partners die elkaar kennen en makkelijk weten te vinden.",
            "Over een jaar willen we dit bereikt hebben: (vul aan)",
        ]
    )


def _roles(network):
    names = kartrekker_names(network)
    parts = []
    if names:
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
        parts.append(
            f"Kartrekker{'s' if len(names) > 1 else ''}: {who}. "
            "De kartrekkers houden het overzicht, nodigen uit voor het overleg en zijn het aanspreekpunt van het "
            "netwerk."
        )
    parts.append("Regie: (vul aan: wie zit het overleg voor en bewaakt de afspraken?)")
    partners = partners_of(network)
    if partners:
        lines = [f"- {p.name}: {p.role.name}" if p.role else f"- {p.name}" for p in partners]
        parts.append("Partners en hun rol:\n" + "\n".join(lines))
    return "\n\n".join(parts)


def _meetings(network):
    return (
        "We komen elke zes weken anderhalf uur bij elkaar, om de beurt bij een van de partners. "
        "Een kartrekker stuurt een week vooraf de agenda rond; na elk overleg staan de afspraken in het plan van "
        "aanpak.\n\n"
        "Tussendoor houden we contact per e-mail of telefoon. Een besluit nemen we in het overleg; wie er niet "
        "bij kan zijn, geeft zijn mening vooraf aan een kartrekker door."
    )


def _evaluation(network):
    rhythm = NetworkRhythm.objects.filter(network=network).first()
    when = (
        f"Elk jaar in {rhythm.get_evaluation_month_display()}" if rhythm else "Eén keer per jaar, in een vaste maand,"
    )
    return (
        f"{when} kijken we samen terug op het afgelopen jaar. We doen dan opnieuw de teamscan, bespreken wat er "
        "van het plan van aanpak terechtkwam en stellen deze overeenkomst opnieuw vast, met wat er veranderd is.\n\n"
        "De kartrekkers bereiden de evaluatie voor en nodigen alle partners uit."
    )


def _duration(network):
    return (
        "Deze overeenkomst geldt vanaf de dag waarop we hem vaststellen voor één jaar. Bij de jaarlijkse evaluatie "
        "bekijken we hem opnieuw en stellen we een nieuwe versie vast.\n\n"
        "Een partner die wil stoppen, laat dat de kartrekkers minstens drie maanden van tevoren weten. Samen spreken "
        "we af hoe lopende afspraken worden afgerond en wie taken overneemt. Een nieuwe partner sluit aan na een "
        "kennismaking in het overleg en staat in de volgende versie van deze overeenkomst."
    )


_PROPOSALS = {
    "doel": _goal,
    "rollen": _roles,
    "overleg": _meetings,
    "evaluatie": _evaluation,
    "looptijd": _duration,
}
