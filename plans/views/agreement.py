"""Not built yet (issue 16): each view below is replaced by its real one."""

from django.http import Http404

from networks.access import member_required


@member_required()
def agreement(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")


@member_required()
def section(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")


@member_required()
def adopt(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")


@member_required()
def version(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")
