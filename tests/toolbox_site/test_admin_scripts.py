"""The admin's widget set-up (toolbox_site/admin_scripts.py): no inline script in the admin's forms, and the
server writes only names that static/js/admin-init.js runs.

The allow-list lives in admin-init.js alone and toolbox_site.admin_scripts reads it from there;
these tests run the script itself (in Node) to show that the two cannot disagree.
"""

import json
import os
import re
import shutil
import subprocess

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import get_resolver

from tests import factories
from toolbox_site.admin_scripts import SCRIPT, allowed_names, init_element

# Loads admin-init.js with a stand-in for the browser's window and document, then hands it one
# JSON element at a time, as the MutationObserver does when a panel is added, and reports what
# the script called, constructed or refused.
HARNESS = r"""
const fs = require("fs");
const vm = require("vm");
const [script, names] = [process.argv[1], JSON.parse(process.argv[2])];
const report = { called: [], constructed: [], refused: [] };
let added = null;
const context = {
    Node: { ELEMENT_NODE: 1 },
    MutationObserver: function (callback) { added = callback; this.observe = function () {}; },
    document: { documentElement: { matches: () => false, querySelectorAll: () => [] } },
};
context.window = context;
for (const name of names) {
    context[name] = function () { (new.target ? report.constructed : report.called).push(name); };
}
vm.runInNewContext(fs.readFileSync(script, "utf8"), context, { filename: script });
for (const name of names) {
    const attributes = {};
    const element = {
        nodeType: 1,
        textContent: JSON.stringify({ name: name, args: ["id_x", {}] }),
        matches: () => true,
        hasAttribute: (key) => key in attributes,
        setAttribute: (key, value) => { attributes[key] = value; },
    };
    try {
        added([{ addedNodes: [element] }]);
    } catch (error) {
        if (!/is not allowed/.test(error.message)) { throw error; }
        report.refused.push(name);
    }
}
process.stdout.write(JSON.stringify(report));
"""


@pytest.fixture
def node():
    path = shutil.which("node")
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail("node is missing: the admin-init.js tests need Node.js")
    pytest.skip("needs Node.js")


def run_admin_init(node, names):
    script = finders.find(SCRIPT)
    result = subprocess.run(  # noqa: S603 - our own script and names
        [node, "-e", HARNESS, script, json.dumps(names)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_admin_init_js_runs_exactly_the_names_the_server_may_write(node):
    allowed = allowed_names()
    others = ["alert", "fetch", "open", "eval", "setTimeout", "postMessage"]
    report = run_admin_init(node, sorted(allowed["calls"]) + sorted(allowed["constructors"]) + others)

    assert set(report["called"]) == allowed["calls"]
    assert set(report["constructed"]) == allowed["constructors"]
    assert report["refused"] == others
    for name in others:
        with pytest.raises(ValueError):
            init_element(name)


def test_the_allow_list_is_read_from_admin_init_js():
    source = settings.BASE_DIR / "static" / "js" / "admin-init.js"
    assert finders.find(SCRIPT) == str(source)
    text = source.read_text()
    names = allowed_names()["calls"] | allowed_names()["constructors"]
    assert {"initDateChooser", "InlinePanel", "ImageChooser"} <= names
    for name in names:
        assert text.count(f'"{name}"') == 1, name  # once, in ALLOWED: no second list


def test_every_widget_and_template_of_the_admin_names_an_allowed_function():
    from wagtail.admin.widgets.chooser import BaseChooser

    get_resolver().url_patterns  # the admin's hooks register the snippet choosers  # noqa: B018
    allowed = allowed_names()

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    written_as_data = [cls for cls in subclasses(BaseChooser) if cls.render_js_init is BaseChooser.render_js_init]
    choosers = {cls.js_constructor for cls in written_as_data}
    assert {"PageChooser", "DocumentChooser", "ImageChooser", "SnippetChooser"} <= choosers
    assert choosers <= allowed["constructors"]

    templates = settings.BASE_DIR / "templates" / "wagtailadmin"
    used = {
        name
        for path in templates.rglob("*.html")
        for name in re.findall(r'{%\s*admin_init\s+"(\w+)"', path.read_text())
    }
    assert {"initDateChooser", "initTimeChooser", "initDateTimeChooser", "InlinePanel", "MultipleChooserPanel"} <= used
    assert used <= allowed["calls"] | allowed["constructors"]
    assert "createTaskChooser" in allowed["calls"]  # the workflow task chooser, toolbox_site.admin_scripts


@pytest.fixture
def tool(tool_index):
    return factories.ToolPageFactory(parent=tool_index)


@pytest.fixture
def story(story_index):
    return factories.PracticeStoryPageFactory(parent=story_index)


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\b(?:src=|type=\"application/json\"))[^>]*>", re.IGNORECASE)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/admin/pages/{tool}/edit/",  # a document chooser, a date field, inline panels
        "/admin/pages/{story}/edit/",
        "/admin/pages/add/tools/toolpage/{toolbox}/",
        "/admin/workflows/add/",  # the task chooser
    ],
)
def test_admin_forms_set_up_their_widgets_from_data_not_inline_scripts(admin_client, tool, story, path):
    html = admin_client.get(path.format(tool=tool.pk, story=story.pk, toolbox=tool.get_parent().pk)).text
    assert INLINE_SCRIPT.findall(html) == []
    assert 'data-admin-init>{"name": "' in html
    assert "js/admin-init" in html


def test_an_admin_init_element_cannot_close_its_script_or_name_another_function():
    from toolbox_site.admin_scripts import init_element

    html = init_element("initDateChooser", "id_x", {"format": "</script><script>alert(1)</script>"})
    assert "</script><script>" not in html and html.count("</script>") == 1
    with pytest.raises(ValueError):
        init_element("eval", "alert(1)")
