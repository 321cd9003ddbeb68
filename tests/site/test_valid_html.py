"""Every kind of page is valid HTML for the Nu Html Checker (vnu.jar from npm, run with the machine's Java)."""

import json
import os
import pathlib
import shutil
import subprocess

import pytest
from django.core.management import call_command

from scripts.site_pages import PAGES
from tests.conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture
def java():
    found = shutil.which("java")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("the Nu Html Checker needs Java on the machine")
    pytest.skip("needs Java for the Nu Html Checker (apt-get install default-jre-headless)")


@pytest.mark.django_db
def test_the_nu_html_checker_finds_no_errors_on_any_kind_of_page(client, node_tool, java, tmp_path):
    vnu = node_tool(VNU)
    call_command("load_demo_content", verbosity=0)
    files = []
    for name, (path, status) in PAGES.items():
        response = client.get(path)
        assert response.status_code == status, name
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)

    checked = subprocess.run(  # noqa: S603 (a fixed command on files this test wrote)
        [java, "-jar", str(vnu), "--errors-only", "--format", "json", "--stdout", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(checked.stdout)["messages"]
    errors = [f"{pathlib.Path(m.get('url', '?')).stem}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert errors == []
    assert checked.returncode == 0, checked.stderr
