"""The three open data listings (steps, tools, stories) and the router: each an allow-list of fields."""

from django.db.models import F, OuterRef, Prefetch, Subquery
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.urls import path
from rest_framework import status
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

from .fields import (
    Choice,
    DocumentUrl,
    Factors,
    HtmlUrl,
    PageLinks,
    Phase,
    Phases,
    StatusUpdates,
    Terms,
    Texts,
)
from .filters import Filter, Pagination, QueryFilters, and_list, facet_filter, quoted, steps_in_phases


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
                f"Onbekende parameter {', '.join(quoted(p) for p in unknown[:3])}. "
                f"Deze lijst kent: {and_list(self.query_parameters)}."
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
