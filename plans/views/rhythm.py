"""Not built yet (issue 16): each view below is replaced by its real one."""

from django.http import Http404

from networks.access import member_required


@member_required()
def rhythm(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")


@member_required()
def reminders(request, membership, **kwargs):
    raise Http404("Nog niet gebouwd.")
