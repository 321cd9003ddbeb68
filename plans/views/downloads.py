"""The downloads of the plan, an agreement version and a "Jaar in beeld", as Word and as PDF.

Every member may download, meelezers too; anyone else gets 404 (member_required). The answers
are private and never stored by a cache (networks.middleware, the /netwerk/ prefix).
"""

import logging

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.views.decorators.http import require_safe

from networks.access import member_required

from .. import year as years
from ..exports import data, docx, pdf
from ..models import AgreementVersion

FORMATS = {"docx": docx, "pdf": pdf}
NO_PDF = "De pdf kan op deze server nu niet gemaakt worden. Download het Word-bestand, of probeer het later opnieuw."
logger = logging.getLogger(__name__)


def _attachment(kind, fmt, content, network, name, today):
    """The file as a download named after the network and the date: `gezond-samen-plan-van-aanpak-2026-12-02.pdf`."""
    module = FORMATS[fmt]
    filename = f"{slugify(network.name) or 'netwerk'}-{name}-{today:%Y-%m-%d}.{fmt}"
    try:
        rendered = module.render(kind, content)
    except pdf.Unavailable:
        logger.exception("The PDF export needs WeasyPrint with Debian's Pango (README, Exports)")
        return HttpResponse(NO_PDF, status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(rendered, content_type=module.CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _plan(membership, fmt):
    today = timezone.localdate()
    network = membership.network
    return _attachment("plan", fmt, data.plan_data(network, today), network, "plan-van-aanpak", today)


def _agreement(membership, number, fmt):
    today = timezone.localdate()
    network = membership.network
    version = get_object_or_404(AgreementVersion, network=network, number=number)
    content = data.agreement_data(network, version, today)
    return _attachment("agreement", fmt, content, network, f"samenwerkingsovereenkomst-versie-{number}", today)


def _year(membership, year, fmt):
    today = timezone.localdate()
    network = membership.network
    if not years.is_shown(network, year, today):
        raise Http404("Voor dit jaar is er geen jaar in beeld.")
    content = data.year_data(network, years.year_in_view(network, year), today)
    return _attachment("year", fmt, content, network, f"jaar-in-beeld-{year}", today)


@member_required()
@require_safe
def plan_docx(request, membership):
    return _plan(membership, "docx")


@member_required()
@require_safe
def plan_pdf(request, membership):
    return _plan(membership, "pdf")


@member_required()
@require_safe
def agreement_docx(request, membership, number):
    return _agreement(membership, number, "docx")


@member_required()
@require_safe
def agreement_pdf(request, membership, number):
    return _agreement(membership, number, "pdf")


@member_required()
@require_safe
def year_docx(request, membership, year):
    return _year(membership, year, "docx")


@member_required()
@require_safe
def year_pdf(request, membership, year):
    return _year(membership, year, "pdf")
