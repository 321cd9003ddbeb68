"""The facets of the two finders: which query parameter filters on what, in which order.

The admin's listings of tools and stories filter on the same facets (tools.wagtail_hooks).
"""

from phases.models import PhasePage

from .choices import Province, Status, ToolType
from .finder import Facet
from .models.taxonomy import Role, Theme


def phases():
    """Every phase in roadmap order; the finders offer the live ones, the admin all of them."""
    return PhasePage.objects.order_by("number")


def phase_options():
    return list(phases().live().values_list("slug", "short_name"))


def role_options():
    return list(Role.objects.values_list("slug", "name"))


def theme_options():
    return list(Theme.objects.values_list("slug", "name"))


PHASE = Facet("fase", "Fase", "phases__slug", phase_options, queryset=phases)
ROLE = Facet("rol", "Rol", "roles__slug", role_options, queryset=Role.objects.all)
THEME = Facet("thema", "Thema", "themes__slug", theme_options, queryset=Theme.objects.all)

TOOL_FACETS = [
    PHASE,
    ROLE,
    THEME,
    Facet("type", "Soort tool", "tool_type", lambda: ToolType.choices),
]

STORY_FACETS = [
    Facet("fase", "Bereikte fase", "phase_reached__slug", phase_options, queryset=phases),
    ROLE,
    THEME,
    Facet("provincie", "Provincie", "province", lambda: Province.choices),
    Facet("status", "Status", "status", lambda: Status.choices),
]
