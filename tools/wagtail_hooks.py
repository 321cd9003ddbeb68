"""Admin menu "Toolbox": filtered listings of tools and stories, and the role/theme taxonomies."""

from django import forms
from django_filters.filters import ChoiceFilter, ModelMultipleChoiceFilter
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .facets import STORY_FACETS, TOOL_FACETS
from .models import PracticeStoryPage, Role, Theme, ToolPage


def facet_filter(facet):
    """The admin's filter for one facet of the finders: its label, on its field, with its choices."""
    if facet.queryset is None:
        return ChoiceFilter(choices=facet.options, label=facet.label)
    return ModelMultipleChoiceFilter(
        queryset=facet.queryset(), label=facet.label, widget=forms.CheckboxSelectMultiple, distinct=True
    )


def facet_filterset(model, facets):
    """A filter set for the admin's listing of `model` with one filter per facet, named after its field.

    The field names (?phases=<pk>, ?tool_type=...) are the admin's own query parameters, not the
    finders' Dutch slugs. The single-choice filters come before the lists of checkboxes.
    """
    ordered = sorted(facets, key=lambda facet: facet.queryset is not None)
    meta = type("Meta", (), {"model": model, "fields": []})
    attrs = {facet.field: facet_filter(facet) for facet in ordered}
    return type(f"{model.__name__}FilterSet", (PageFilterSet,), {**attrs, "Meta": meta, "__module__": __name__})


ToolFilterSet = facet_filterset(ToolPage, TOOL_FACETS)
StoryFilterSet = facet_filterset(PracticeStoryPage, STORY_FACETS)


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
