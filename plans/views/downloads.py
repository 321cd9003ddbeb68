"""Not built yet (issue 16): each view below is replaced by its real one."""

from django.http import Http404

from networks.access import member_required


@member_required()
def plan_docx(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")


@member_required()
def plan_pdf(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")


@member_required()
def agreement_docx(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")


@member_required()
def agreement_pdf(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")


@member_required()
def year_docx(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")


@member_required()
def year_pdf(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")
