"""Admin menu "Netwerkplekken": the roles a network usually needs (editable) and the counts of networks."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import NetworkCountsView
from .models import NeededRole


class NeededRoleViewSet(SnippetViewSet):
    model = NeededRole
    icon = "group"
    menu_label = "Benodigde rollen"
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["role", "help_page", "sort_order"]
    sort_order_field = "sort_order"


register_snippet(NeededRoleViewSet)


@hooks.register("register_admin_urls")
def register_counts_url():
    return [path("netwerkplekken/", NetworkCountsView.as_view(), name="network_counts")]


@hooks.register("register_reports_menu_item")
def register_counts_menu_item():
    return MenuItem("Netwerkplekken", reverse("network_counts"), icon_name="group", order=900)
