"""Admin menu "Toolbox": filtered listings of tools and stories, and the role/theme taxonomies."""

from django import forms
from django_filters.filters import ChoiceFilter, ModelMultipleChoiceFilter
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from phases.models import PhasePage

from .choices import Province, Status, ToolType
from .models import PracticeStoryPage, Role, Theme, ToolPage


def _multiple(queryset, label):
    return ModelMultipleChoiceFilter(queryset=queryset, label=label, widget=forms.CheckboxSelectMultiple, distinct=True)


class ToolFilterSet(PageFilterSet):
    tool_type = ChoiceFilter(choices=ToolType.choices, label="Soort tool")
    phases = _multiple(PhasePage.objects.order_by("number"), "Fase")
    roles = _multiple(Role.objects.all(), "Rol")
    themes = _multiple(Theme.objects.all(), "Thema")

    class Meta:
        model = ToolPage
        fields = []


class StoryFilterSet(PageFilterSet):
    province = ChoiceFilter(choices=Province.choices, label="Provincie")
    status = ChoiceFilter(choices=Status.choices, label="Status")
    phase_reached = _multiple(PhasePage.objects.order_by("number"), "Bereikte fase")
    roles = _multiple(Role.objects.all(), "Rol")
    themes = _multiple(Theme.objects.all(), "Thema")

    class Meta:
        model = PracticeStoryPage
        fields = []


class ToolListingViewSet(PageListingViewSet):
    model = ToolPage
    icon = "pick"
    menu_label = "Tools"
    add_to_admin_menu = False
    filterset_class = ToolFilterSet


class StoryListingViewSet(PageListingViewSet):
    model = PracticeStoryPage
    icon = "openquote"
    menu_label = "Praktijkverhalen"
    add_to_admin_menu = False
    filterset_class = StoryFilterSet


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    sort_order_field = "sort_order"


class RoleViewSet(TaxonomyViewSet):
    model = Role
    icon = "group"
    menu_label = "Rollen"


class ThemeViewSet(TaxonomyViewSet):
    model = Theme
    icon = "tag"
    menu_label = "Thema's"


class ToolboxMenu(SnippetViewSetGroup):
    menu_label = "Toolbox"
    menu_icon = "pick"
    menu_order = 200
    items = (
        ToolListingViewSet("tools"),
        StoryListingViewSet("praktijkverhalen"),
        RoleViewSet,
        ThemeViewSet,
    )


register_snippet(ToolboxMenu)
