"""Wagtail's admin widgets set up from JSON data instead of inline scripts.

Wagtail 8 still writes a few inline ``<script>`` elements: the date and time pickers, the
inline panels and the chooser widgets (wagtail#1288). Here each of them becomes a
``<script type="application/json" data-admin-init>`` element naming a whitelisted set-up
function and its arguments; ``static/js/admin-init.js`` runs them. The browser never executes
JSON, so the admin works under a Content-Security-Policy without 'unsafe-inline' for scripts.

The allow-list of set-up functions lives in admin-init.js alone (a page cannot change a script
file, under the policy's 'self'); `allowed_names` reads it from there.
"""

import functools
import json
import re

from django.contrib.staticfiles import finders
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

SCRIPT = "js/admin-init.js"
_ALLOWED = re.compile(r"var ALLOWED = (\{.*?\});", re.DOTALL)


@functools.cache
def allowed_names():
    """The names admin-init.js calls and constructs, from the script's own `ALLOWED` (JSON)."""
    path = finders.find(SCRIPT)
    if path is None:
        raise RuntimeError(f"{SCRIPT} is not among the static files")
    with open(path, encoding="utf-8") as script:
        found = _ALLOWED.search(script.read())
    if found is None:
        raise RuntimeError(f"{SCRIPT} has no `var ALLOWED = {{...}};`")
    allowed = json.loads(found.group(1))
    return {"calls": frozenset(allowed["calls"]), "constructors": frozenset(allowed["constructors"])}


# The same escapes as django.utils.html.json_script: nothing in the data can close the element.
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def init_element(name, *args):
    """A JSON element that asks admin-init.js to call (or construct) ``name`` with ``args``."""
    allowed = allowed_names()
    if name not in allowed["calls"] | allowed["constructors"]:
        raise ValueError(f"admin-init.js does not run {name!r}")
    data = json.dumps({"name": name, "args": list(args)}, cls=DjangoJSONEncoder).translate(_ESCAPES)
    return format_html('<script type="application/json" data-admin-init>{}</script>', mark_safe(data))  # noqa: S308 - escaped above


def _render_chooser(self, name, value, attrs=None, renderer=None):
    """BaseChooser.render, with its ``new X(id, options)`` script written as data."""
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as e:
        raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from e
    value_data = self.get_value_data(value)
    widget_html = self.render_html(name, value_data, attrs)
    if type(self).render_js_init is _BASE_RENDER_JS_INIT:
        init = init_element(self.js_constructor, id_, self.get_js_init_options(id_, name, value_data))
    elif isinstance(self, _TASK_CHOOSER):
        init = init_element("createTaskChooser", id_)
    else:
        return _ORIGINAL_RENDER(self, name, value, attrs, renderer)
    return format_html("{}{}", mark_safe(widget_html), init)  # noqa: S308 - Wagtail's own widget HTML


_BASE_RENDER_JS_INIT = None
_ORIGINAL_RENDER = None
_TASK_CHOOSER = None


def install():
    """Replace BaseChooser.render once, at start-up (toolbox_site's AppConfig.ready)."""
    global _BASE_RENDER_JS_INIT, _ORIGINAL_RENDER, _TASK_CHOOSER
    from wagtail.admin.widgets.chooser import BaseChooser
    from wagtail.admin.widgets.workflows import AdminTaskChooser

    if _ORIGINAL_RENDER is not None:
        return
    allowed_names()  # a script without its list fails at start-up, not on the first edit form
    _BASE_RENDER_JS_INIT = BaseChooser.render_js_init
    _ORIGINAL_RENDER = BaseChooser.render
    _TASK_CHOOSER = AdminTaskChooser
    BaseChooser.render = _render_chooser
