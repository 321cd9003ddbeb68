"""Site-wide search at /zoeken/: every page type, labelled by kind."""

from django.shortcuts import render
from wagtail.models import Page

from toolbox_site.pagination import paginate

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().specific().search(query)
    page_obj = paginate(request, results)
    return render(
        request,
        "home/search.html",
        {"query": query, "page_obj": page_obj, "robots_noindex": True},
    )
