"""What editors see of the workspaces: how many networks there are per phase and per province, nothing more.

Counts only, never a network's name or content: the workspace is the networks' own, and the
editors run the public toolbox.
"""

from django.db.models import Count
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from phases.models import PhasePage
from tools.choices import Province

from .models import Network


def counts():
    """Networks per current phase (with "nog niet gekozen") and per province, all rows shown, in their order."""
    per_phase = dict(Network.objects.values_list("current_phase").annotate(n=Count("pk")).order_by())
    per_province = dict(Network.objects.values_list("province").annotate(n=Count("pk")).order_by())
    phases = [
        (f"Fase {phase.number}: {phase.short_name}", per_phase.get(phase.pk, 0))
        for phase in PhasePage.objects.order_by("number")
    ]
    known = sum(count for phase, count in per_phase.items() if phase is not None)
    phases.append(("Nog geen fase gekozen", sum(per_phase.values()) - known))
    provinces = [(label, per_province.get(value, 0)) for value, label in Province.choices]
    return {"total": sum(per_province.values()), "phases": phases, "provinces": provinces}


class NetworkCountsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Netwerkplekken"
    header_icon = "group"
    template_name = "networks/admin/counts.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **counts()}
