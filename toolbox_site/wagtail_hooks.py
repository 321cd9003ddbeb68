"""The admin's hooks: the set-up script of Wagtail's widgets, and the readability check (panel, warning, report)."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks

from .readability_admin import (
    ReadabilityReportMenuItem,
    ReadabilityReportView,
    readability_check,
    warn_if_simple_version_misses_target,
)


@hooks.register("insert_global_admin_js")
def admin_init_script():
    # defer: it runs once the page is parsed and every widget's own script is loaded, before
    # the admin's DOMContentLoaded handlers, as the inline scripts it replaces did.
    return format_html('<script defer src="{}"></script>', static("js/admin-init.js"))


# The readability check (toolbox_site/readability_admin.py): the editor panel's live check and
# script, the warning after saving a simple version above B1, and the report "Leesbaarheid".


@hooks.register("register_admin_urls")
def readability_urls():
    return [
        path("leesbaarheid/toets/", readability_check, name="readability_check"),
        path("leesbaarheid/", ReadabilityReportView.as_view(), name="readability_report"),
    ]


@hooks.register("insert_editor_js")
def readability_panel_script():
    return format_html('<script defer src="{}"></script>', static("js/readability-panel.js"))


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_a_hard_simple_version(request, page):
    warn_if_simple_version_misses_target(request, page)


@hooks.register("register_reports_menu_item")
def readability_report_menu_item():
    return ReadabilityReportMenuItem("Leesbaarheid", reverse("readability_report"), icon_name="doc-full", order=950)
