"""The read-only open data API (Wagtail API v2): steps, tools and practice stories for other sites.

Every endpoint lists live public pages only and names its fields in an allow-list here, never
through a model's `api_fields`: a field added to a model later (such as a story's submission with
a contact address) stays private until someone adds it to this file on purpose.

Filters are the finders' facets (tools.facets), read strictly: a value is a slug, a parameter may
repeat and may hold several values separated by commas, values of one facet are OR-ed and facets
AND-ed. Anything the API does not know answers 400 with a Dutch message, never a 500.
"""

import re
from collections import OrderedDict
from dataclasses import dataclass

from django.db.models import F, OuterRef, Prefetch, Subquery
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.urls import path
from rest_framework import serializers, status
from rest_framework.filters import BaseFilterBackend
from rest_framework.pagination import BasePagination
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from phases.models import PhasePage, StepPage, SuccessFactor
from tools.choices import Province, Setting, Status, ToolType
from tools.facets import STORY_FACETS, TOOL_FACETS, phase_options
from tools.models import PracticeStoryPage, StoryStatusUpdate, ToolPage

SLUG = re.compile(r"[-a-zA-Z0-9_]{1,120}")
MAX_VALUES = 30
DEFAULT_LIMIT = 20
MAX_LIMIT = 100


def _shown(value):
    return f"‘{value[:40]}’"


def _and_list(words):
    words = list(words)
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]


# --- filters ---------------------------------------------------------------------------------


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
                        f"{_shown(value)} is geen geldige waarde voor ‘{self.param}’: een slug bestaat "
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
                    f"Onbekende waarde voor ‘{self.param}’: {', '.join(_shown(v) for v in unknown[:3])}. "
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
            raise BadRequestError(f"‘{param}’ moet een heel getal van 0 of meer zijn, niet {_shown(raw)}.")
        return int(raw)

    def get_paginated_response(self, data):
        return Response(OrderedDict([("meta", OrderedDict([("total_count", self.total_count)])), ("items", data)]))


# --- fields ----------------------------------------------------------------------------------


class ReadOnly(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)


class HtmlUrl(ReadOnly):
    """The page's absolute URL on the site."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return page.get_full_url(self.context["request"])


class Choice(ReadOnly):
    """A fixed choice (tools.choices) as {"slug", "name"}."""

    def __init__(self, choices, **kwargs):
        self.names = dict(choices.choices)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return {"slug": value, "name": self.names.get(value, value)}


def _term(obj):
    return {"slug": obj.slug, "name": obj.name}


def _phase(phase):
    return {"slug": phase.slug, "name": phase.short_name, "number": phase.number}


class Phase(ReadOnly):
    def to_representation(self, phase):
        return _phase(phase)


class Phases(ReadOnly):
    def to_representation(self, manager):
        return [_phase(phase) for phase in manager.all()]


class Terms(ReadOnly):
    """Roles or themes (prefetched) as [{"slug", "name"}, ...] in their editors' order."""

    def to_representation(self, manager):
        return [_term(term) for term in manager.all()]


class Factors(ReadOnly):
    def to_representation(self, manager):
        return [{**_term(factor), "aspect": _term(factor.aspect)} for factor in manager.all()]


class PageLinks(ReadOnly):
    """Related live pages (prefetched) as [{"id", "title", "html_url"}, ...]."""

    def to_representation(self, manager):
        request = self.context["request"]
        return [{"id": page.pk, "title": page.title, "html_url": page.get_full_url(request)} for page in manager.all()]


class Texts(ReadOnly):
    """A StreamField of plain text blocks (questions, lessons) as a list of strings."""

    def to_representation(self, stream):
        return [str(block.value) for block in stream]


class StatusUpdates(ReadOnly):
    def to_representation(self, manager):
        return [{"date": update.date.isoformat(), "text": update.text} for update in manager.all()]


class DocumentUrl(ReadOnly):
    def to_representation(self, document):
        return self.context["request"].build_absolute_uri(document.url)


# --- endpoints -------------------------------------------------------------------------------


def live_pages(model):
    return model.objects.live().public()


def page_links(model, order="title"):
    return live_pages(model).order_by(order, "pk").defer_streamfields()


class OpenDataViewSet(PagesAPIViewSet):
    """One listing of live public pages of `model`: JSON only, the fields named here, our filters."""

    renderer_classes = [JSONRenderer]  # no browsable API: its inline scripts break the CSP
    pagination_class = Pagination
    filter_backends = [QueryFilters]
    filters = ()

    meta_fields = [
        "type",
        "detail_url",
        APIField("html_url", serializer=HtmlUrl()),
        "slug",
        "first_published_at",
        "last_published_at",
    ]
    common_fields = ["id", "title", "summary"]
    body_fields = common_fields
    detail_only_fields = []

    # The allow-list: model `api_fields` are ignored on purpose (see the module docstring).
    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(cls.body_fields)

    @classmethod
    def get_meta_fields(cls, model):
        return cls._convert_api_fields(cls.meta_fields)

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.get_available_fields(model)

    @classmethod
    def get_detail_default_fields(cls, model):
        return cls.get_available_fields(model)

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<int:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]

    @property
    def query_parameters(self):
        return sorted({api_filter.param for api_filter in self.filters}) + ["limit", "offset", "fields"]

    def check_query_parameters(self, queryset):
        unknown = sorted(set(self.request.GET) - set(self.query_parameters))
        if unknown:
            raise BadRequestError(
                f"Onbekende parameter {', '.join(_shown(p) for p in unknown[:3])}. "
                f"Deze lijst kent: {_and_list(self.query_parameters)}."
            )

    def get_queryset(self):
        # Made once per request: Wagtail asks for it again to learn the model, and every public()
        # in it reads the view restrictions.
        if not hasattr(self, "_queryset"):
            self._queryset = self.listing_queryset()
        return self._queryset

    def listing_queryset(self):
        raise NotImplementedError

    def get_object(self):
        # The queryset is of the specific model already: skip Wagtail's `.specific`, a query more.
        return super(PagesAPIViewSet, self).get_object()

    def get_serializer_class(self):
        try:
            return super().get_serializer_class()
        except BadRequestError as error:
            # Wagtail's messages are English; say the same in Dutch and list what there is.
            unknown = str(error).removeprefix("unknown fields: ") if str(error).startswith("unknown fields: ") else ""
            problem = f"Onbekend veld in ‘fields’: {unknown[:200]}." if unknown else "‘fields’ is niet goed opgebouwd."
            fields = ", ".join(self.get_available_fields(self.get_queryset().model))
            raise BadRequestError(
                f"{problem} Noem velden gescheiden door komma's, uit: {fields}. "
                "‘*’ geeft alle velden, ‘-naam’ laat een veld weg."
            ) from error

    def get_serializer_context(self):
        # Wagtail's context adds its own page queryset for the `parent` field, which is not exposed.
        return {
            "request": self.request,
            "view": self,
            "router": self.request.wagtailapi_router,
        }

    def handle_exception(self, exc):
        if isinstance(exc, BadRequestError):
            return Response({"message": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        if isinstance(exc, Http404):
            message = "Niet gevonden: in deze lijst staat geen gepubliceerde, openbare pagina met dit nummer."
            return Response({"message": message}, status=status.HTTP_404_NOT_FOUND)
        return super().handle_exception(exc)


class StepsAPIViewSet(OpenDataViewSet):
    """The roadmap's steps, in roadmap order (phase, then the step's number)."""

    model = StepPage
    name = "stappen"
    filters = (Filter("fase", phase_options, steps_in_phases),)
    body_fields = [
        *OpenDataViewSet.common_fields,
        APIField("phase", serializer=Phase()),
        "order",
        APIField("guiding_questions", serializer=Texts()),
        APIField("success_factors", serializer=Factors()),
        APIField("tools", serializer=PageLinks()),
    ]

    def listing_queryset(self):
        parent_path = Substr(OuterRef("path"), 1, Length(OuterRef("path")) - StepPage.steplen)
        phase_number = PhasePage.objects.filter(path=parent_path).values("number")[:1]
        return (
            live_pages(StepPage)
            .defer("body")
            .annotate(phase_number=Subquery(phase_number))
            .order_by(F("phase_number").asc(nulls_last=True), "order", "path")
            .prefetch_related(
                Prefetch("success_factors", queryset=SuccessFactor.objects.select_related("aspect")),
                Prefetch("tools", queryset=page_links(ToolPage)),
            )
        )

    def paginate_queryset(self, queryset):
        return self.with_phases(super().paginate_queryset(queryset))

    def get_object(self):
        step = super().get_object()  # the same object every time it is asked for
        return step if hasattr(step, "_phase") else self.with_phases([step])[0]

    @staticmethod
    def with_phases(steps):
        """Each step with its live public phase, for all of them in one query (StepPage.phase reads `_phase`)."""
        phases = {phase.path: phase for phase in PhasePage.objects.live().public().defer_streamfields()}
        for step in steps:
            step._phase = phases.get(step.path[: -StepPage.steplen])
        return steps


class ToolsAPIViewSet(OpenDataViewSet):
    """The toolbox, in title order, with the filters of /toolbox/."""

    model = ToolPage
    name = "tools"
    filters = tuple(facet_filter(ToolPage, facet) for facet in TOOL_FACETS)
    body_fields = [
        *OpenDataViewSet.common_fields,
        APIField("tool_type", serializer=Choice(ToolType)),
        APIField("phases", serializer=Phases()),
        APIField("steps", serializer=PageLinks()),
        APIField("roles", serializer=Terms()),
        APIField("themes", serializer=Terms()),
        "time_needed",
        "external_url",
        "external_label",
        APIField("document", serializer=DocumentUrl()),
        "maintained_by",
        "last_checked",
        "source",
    ]

    def listing_queryset(self):
        return (
            live_pages(ToolPage)
            .defer_streamfields()
            .select_related("document")
            .order_by("title", "pk")
            .prefetch_related(
                Prefetch("phases", queryset=live_pages(PhasePage).order_by("number").defer_streamfields()),
                Prefetch("steps", queryset=page_links(StepPage, order="path")),
                "roles",
                "themes",
            )
        )


class StoriesAPIViewSet(OpenDataViewSet):
    """The practice stories, in title order, with the filters of /praktijkverhalen/."""

    model = PracticeStoryPage
    name = "praktijkverhalen"
    filters = tuple(facet_filter(PracticeStoryPage, facet) for facet in STORY_FACETS)
    body_fields = [
        *OpenDataViewSet.common_fields,
        "place",
        APIField("province", serializer=Choice(Province)),
        APIField("setting", serializer=Choice(Setting)),
        "start_year",
        "end_year",
        APIField("status", serializer=Choice(Status)),
        "initiator",
        "target_group",
        "partner_count",
        "partner_kinds",
        "funding",
        "support",
        APIField("phase_reached", serializer=Phase()),
        APIField("roles", serializer=Terms()),
        APIField("themes", serializer=Terms()),
        APIField("success_factors", serializer=Factors()),
        APIField("tools_used", serializer=PageLinks()),
        APIField("lessons", serializer=Texts()),
        APIField("status_updates", serializer=StatusUpdates()),
        "maintained_by",
        "last_checked",
        "source",
    ]

    def listing_queryset(self):
        return (
            live_pages(PracticeStoryPage)
            .defer("body")
            .select_related("phase_reached")
            .order_by("title", "pk")
            .prefetch_related(
                "roles",
                "themes",
                Prefetch("success_factors", queryset=SuccessFactor.objects.select_related("aspect")),
                Prefetch("tools_used", queryset=page_links(ToolPage)),
                Prefetch("status_updates", queryset=StoryStatusUpdate.objects.order_by("date")),
            )
        )


api_router = WagtailAPIRouter("api")
api_router.register_endpoint(StepsAPIViewSet.name, StepsAPIViewSet)
api_router.register_endpoint(ToolsAPIViewSet.name, ToolsAPIViewSet)
api_router.register_endpoint(StoriesAPIViewSet.name, StoriesAPIViewSet)
