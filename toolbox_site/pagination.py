"""Pagination shared by every listing: `?pagina=` never raises, out of range gives the last page."""

from django.core.paginator import Paginator

PAGE_PARAM = "pagina"
PER_PAGE = 20


def paginate(request, queryset, per_page=PER_PAGE):
    return Paginator(queryset, per_page).get_page(request.GET.get(PAGE_PARAM))
