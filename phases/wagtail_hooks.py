"""Admin menu "Stappenplan": a flat listing of all steps and the success aspects and factors."""

from django_filters.filters import ChoiceFilter, ModelChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import StepPage, SuccessAspect, SuccessFactor


class StepListingViewSet(PageListingViewSet):
    model = StepPage
    icon = "list-ol"
    menu_label = "Stappen"
    add_to_admin_menu = False


class SuccessAspectViewSet(SnippetViewSet):
    model = SuccessAspect
    icon = "pick"
    menu_label = "Succesaspecten"
    list_display = ["name", "sort_order"]
    sort_order_field = "sort_order"


class SuccessFactorFilterSet(WagtailFilterSet):
    aspect = ModelChoiceFilter(queryset=SuccessAspect.objects.all(), label="Aspect")
    kind = ChoiceFilter(choices=SuccessFactor.Kind.choices, label="Soort")

    class Meta:
        model = SuccessFactor
        fields = []


class SuccessFactorViewSet(SnippetViewSet):
    model = SuccessFactor
    icon = "success"
    menu_label = "Succesfactoren"
    list_display = ["name", "aspect", "kind"]
    search_fields = ["name", "description"]
    filterset_class = SuccessFactorFilterSet
    ordering = ["aspect__sort_order", "sort_order", "name"]


class RoadmapMenu(SnippetViewSetGroup):
    menu_label = "Stappenplan"
    menu_icon = "list-ol"
    menu_order = 150
    items = (StepListingViewSet("stappen"), SuccessAspectViewSet, SuccessFactorViewSet)


register_snippet(RoadmapMenu)
