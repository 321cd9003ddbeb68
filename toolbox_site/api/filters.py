"""Query string of the open data API: the finders' facets as filters, `limit` and `offset`, Dutch 400s."""

import re
from collections import OrderedDict
from dataclasses import dataclass

from rest_framework.filters import BaseFilterBackend
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError

from phases.models import PhasePage, StepPage

SLUG = re.compile(r"[-a-zA-Z0-9_]{1,120}")
MAX_VALUES = 30
DEFAULT_LIMIT = 20
MAX_LIMIT = 100


def quoted(value):
    return f"‘{value[:40]}’"


def and_list(words):
    words = list(words)
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]


@dataclass(frozen=True)
class Filter:
    """One query parameter of an endpoint: its options and how it narrows a queryset."""

    param: str
    options: object  # callable returning [(slug, label), ...]
    apply: object  # callable (queryset, [slug, ...]) -> queryset

    def read(self, params):
        """The slugs asked for in `params`: repeated and comma separated; 400 on anything unknown."""
        values = []
        for raw in params.getlist(self.param):
            for value in raw.split(","):
                value = value.strip()
                if not value:
                    raise BadRequestError(
                        f"De filter ‘{self.param}’ is leeg. Geef een of meer slugs, "
                        f"bijvoorbeeld ?{self.param}=…, herhaald of gescheiden door komma's."
                    )
                if not SLUG.fullmatch(value):
                    raise BadRequestError(
                        f"{quoted(value)} is geen geldige waarde voor ‘{self.param}’: een slug bestaat "
                        "alleen uit letters, cijfers, streepjes en lage streepjes."
                    )
                if value not in values:
                    values.append(value)
        if len(values) > MAX_VALUES:
            raise BadRequestError(f"Te veel waarden voor ‘{self.param}’: hooguit {MAX_VALUES}.")
        if values:
            known = [slug for slug, _ in self.options()]
            unknown = [value for value in values if value not in known]
            if unknown:
                raise BadRequestError(
                    f"Onbekende waarde voor ‘{self.param}’: {', '.join(quoted(v) for v in unknown[:3])}. "
                    f"Bekende waarden: {', '.join(known) if known else 'geen'}."
                )
        return values


def facet_filter(model, facet):
    """A finder facet (tools.finder.Facet) as an API filter on `model`."""

    def apply(queryset, values):
        # A pk subquery: OR within the facet without repeating pages that match two values.
        return queryset.filter(pk__in=model.objects.filter(**{f"{facet.lookup}__in": values}).values("pk"))

    return Filter(facet.param, facet.options, apply)


def steps_in_phases(queryset, slugs):
    """Steps are children of their phase: the pages below the phases with these slugs."""
    steps = StepPage.objects.none()
    for phase_path in PhasePage.objects.live().filter(slug__in=slugs).values_list("path", flat=True):
        steps |= StepPage.objects.filter(path__startswith=phase_path, depth=len(phase_path) // StepPage.steplen + 1)
    return queryset.filter(pk__in=steps.values("pk"))


class QueryFilters(BaseFilterBackend):
    """Applies the endpoint's filters (`view.filters`) that the query string names."""

    def filter_queryset(self, request, queryset, view):
        for api_filter in view.filters:
            values = api_filter.read(request.GET)
            if values:
                queryset = api_filter.apply(queryset, values)
        return queryset


class Pagination(BasePagination):
    """`limit` and `offset`, as Wagtail's API pages, with Dutch messages and up to 100 items."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = self._number(request, "offset", 0)
        limit = self._number(request, "limit", DEFAULT_LIMIT)
        if limit > MAX_LIMIT:
            raise BadRequestError(f"‘limit’ kan hooguit {MAX_LIMIT} zijn.")
        self.total_count = queryset.count()
        return list(queryset[offset : offset + limit])

    @staticmethod
    def _number(request, param, default):
        raw = request.GET.get(param)
        if raw is None:
            return default
        if not raw.isascii() or not raw.isdigit() or len(raw) > 9:
            raise BadRequestError(f"‘{param}’ moet een heel getal van 0 of meer zijn, niet {quoted(raw)}.")
        return int(raw)

    def get_paginated_response(self, data):
        return Response(OrderedDict([("meta", OrderedDict([("total_count", self.total_count)])), ("items", data)]))
