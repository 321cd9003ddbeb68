"""Not built yet (issue 16): each view below is replaced by its real one."""

from django.http import Http404

from networks.access import member_required


@member_required()
def plan(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")


@member_required()
def add(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")


@member_required()
def edit(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")


@member_required()
def status(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")


@member_required()
def delete(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")
