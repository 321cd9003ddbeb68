"""Template tags for the overridden Wagtail admin templates (see toolbox_site.admin_scripts)."""

import json

from django import template

from toolbox_site.admin_scripts import init_element

register = template.Library()


@register.simple_tag
def admin_init(name, *args):
    return init_element(name, *args)


@register.filter
def from_json(value):
    """Wagtail hands some widget options over as JSON text; the init element wants the data."""
    return json.loads(value)
