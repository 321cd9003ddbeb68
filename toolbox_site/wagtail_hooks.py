"""The admin's script that runs the widget set-up Wagtail would otherwise write inline."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def admin_init_script():
    # defer: it runs once the page is parsed and every widget's own script is loaded, before
    # the admin's DOMContentLoaded handlers, as the inline scripts it replaces did.
    return format_html('<script defer src="{}"></script>', static("js/admin-init.js"))
