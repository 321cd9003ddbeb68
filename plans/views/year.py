"""The "Jaar in beeld" pages: the years of the network, and one year's evaluation page (printable on A4)."""

from django.http import Http404
from django.utils import timezone

from networks.access import member_required
from networks.views.common import render

from .. import year as years_of
from ..models import NetworkRhythm


@member_required()
def years(request, membership):
    network = membership.network
    today = timezone.localdate()
    context = {
        "years": list(reversed(years_of.years(network, today))),
        "current_year": today.year,
        "rhythm": NetworkRhythm.objects.filter(network=network).first(),
    }
    return render(request, membership, "plans/years.html", context, section="year")


@member_required()
def year(request, membership, year):
    network = membership.network
    if not years_of.is_shown(network, year):
        raise Http404("Voor dit jaar is er geen Jaar in beeld.")
    context = {"year_view": years_of.year_in_view(network, year), "current_year": timezone.localdate().year}
    return render(request, membership, "plans/year.html", context, section="year")
