"""The demo loader (home.demo.loader, reading through home.demo.fixtures): builds the toolbox from YAML,
runs twice without change, rejects broken fixtures with a message naming file and entry."""

import datetime

import pytest
import yaml
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from home.demo.fixtures import FixtureError
from home.demo.loader import load_demo_content
from home.models import HomePage
from phases.models import StepPage, SuccessFactor
from scans.models import ScanPage
from tools.models import PracticeStoryPage, Role, ToolPage

pytestmark = pytest.mark.django_db

BODY = [{"paragraph": "Een alinea."}, {"list": ["een", "twee"]}, {"tip": {"title": "Tip", "text": "Doe het samen."}}]


def minimal_fixtures():
    """The smallest complete fixture set: one of everything, linked both ways."""
    return {
        "taxonomies.yaml": {
            "roles": [{"slug": "huisarts", "name": "Huisarts"}],
            "themes": [{"slug": "dementie", "name": "Dementie"}],
        },
        "success.yaml": {
            "aspects": [
                {
                    "slug": "gedeelde-ambitie",
                    "name": "Gedeelde ambitie",
                    "description": "Samen willen.",
                    "factors": [
                        {
                            "slug": "vertrouwen",
                            "name": "Vertrouwen",
                            "kind": "indicator",
                            "description": "Elkaar kennen.",
                        },
                        {"slug": "urgentie", "name": "Urgentie", "kind": "praktijk", "description": "Wedde."},
                    ],
                }
            ]
        },
        "roadmap.yaml": {
            "roadmap": {"title": "Stappenplan", "intro": "Vier fases."},
            "phases": [
                {
                    "slug": "verkennen",
                    "number": 1,
                    "title": "Netwerk verkennen",
                    "short_name": "Verkennen",
                    "colour": "groen",
                    "intro": "Begin.",
                    "guiding_questions": ["Met wie?"],
                    "steps": [
                        {
                            "slug": "klein-beginnen",
                            "title": "Begin klein",
                            "summary": "Met wie wil.",
                            "guiding_questions": ["Wie wil?"],
                            "success_factors": ["urgentie"],
                            "body": BODY,
                        }
                    ],
                }
            ],
        },
        "tools.yaml": {
            "tools": [
                {
                    "slug": "wijkscan",
                    "title": "Wijkscan",
                    "type": "methodiek",
                    "summary": "Breng de wijk in beeld.",
                    "phases": ["verkennen"],
                    "steps": ["klein-beginnen"],
                    "roles": ["huisarts"],
                    "themes": ["dementie"],
                    "tags": ["data"],
                    "maintained_by": "Medrie",
                    "last_checked": datetime.date(2026, 10, 1),
                    "body": BODY,
                }
            ]
        },
        "stories.yaml": {
            "stories": [
                {
                    "slug": "wedde",
                    "title": "Wedde dat 't lukt",
                    "summary": "Drie dorpen.",
                    "place": "Wedde",
                    "province": "groningen",
                    "setting": "regio",
                    "start_year": 2014,
                    "status": "actief",
                    "initiator": "Huisarts",
                    "target_group": "Ouderen",
                    "phase_reached": "verkennen",
                    "roles": ["huisarts"],
                    "themes": ["dementie"],
                    "success_factors": ["urgentie", "vertrouwen"],
                    "tools": ["wijkscan"],
                    "tags": ["krimp"],
                    "lessons": ["Begin bij bewoners."],
                    "status_updates": [{"date": datetime.date(2019, 1, 1), "text": "Stichting opgericht."}],
                    "maintained_by": "Radboudumc",
                    "last_checked": datetime.date(2026, 9, 1),
                    "body": BODY,
                }
            ]
        },
        "site.yaml": {
            "home": {
                "title": "Wijknetwerk Toolbox",
                "intro": "Welkom.",
                "featured": ["step:klein-beginnen", "story:wedde"],
            },
            "toolbox": {"title": "Toolbox", "intro": "Tools."},
            "stories_index": {"title": "Praktijkverhalen", "intro": "Verhalen."},
            "success_page": {"title": "Succesfactoren", "intro": "Factoren."},
            "recommendations": [
                {
                    "title": "Stimuleer netwerken",
                    "summary": "Samen.",
                    "audiences": [{"audience": "Overheid", "text": "Betaal mee."}],
                }
            ],
        },
        "scans.yaml": {
            "index": {"title": "Zelfscans", "intro": "Scans."},
            "scans": [
                {
                    "slug": "samenwerking",
                    "title": "Scan samenwerking",
                    "intro": "Hoe gaat het?",
                    "tool": "wijkscan",
                    "dimensions": [
                        {
                            "title": "Gedeelde ambitie",
                            "aspect": "gedeelde-ambitie",
                            "statements": ["Wij willen hetzelfde."],
                            "advice": "Spreek het doel uit.",
                            "steps": ["klein-beginnen"],
                            "tools": ["wijkscan"],
                        }
                    ],
                }
            ],
        },
    }


def write(directory, fixtures):
    for name, data in fixtures.items():
        (directory / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return directory


@pytest.fixture
def fixture_dir(tmp_path):
    return write(tmp_path, minimal_fixtures())


def test_loader_builds_the_whole_tree_on_an_empty_database(fixture_dir):
    report = load_demo_content(fixture_dir)
    assert report.created
    step = StepPage.objects.get(slug="klein-beginnen")
    tool = ToolPage.objects.get(slug="wijkscan")
    story = PracticeStoryPage.objects.get(slug="wedde")
    assert step.live and tool.live and story.live
    assert step.get_parent().specific.number == 1
    assert list(tool.steps.all()) == [step]
    assert list(tool.tags.names()) == ["data"]
    assert list(story.tools_used.all()) == [tool]
    assert {f.slug for f in story.success_factors.all()} == {"urgentie", "vertrouwen"}
    assert [u.text for u in story.status_updates.all()] == ["Stichting opgericht."]
    assert [b.block_type for b in step.body] == ["paragraph", "list", "tip"]
    home = HomePage.objects.get()
    assert home.intro == "Welkom."
    assert [item.linked_page.specific for item in home.featured_items.all()] == [step, story]
    assert home.recommendations[0].value["audiences"][0]["audience"] == "Overheid"
    scan = ScanPage.objects.get(slug="samenwerking")
    assert scan.live and scan.tool.specific == tool
    (dimension,) = scan.dimensions
    assert dimension.value["aspect"].slug == "gedeelde-ambitie"
    assert [p.specific for p in dimension.value["steps"]] == [step]
    assert all(child.id for child in dimension.value["statements"].bound_blocks)


def test_loading_twice_changes_nothing(fixture_dir):
    load_demo_content(fixture_dir)
    counts = (Page.objects.count(), Revision.objects.count(), Role.objects.count(), SuccessFactor.objects.count())
    report = load_demo_content(fixture_dir)
    assert report.created == [] and report.updated == []
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        Role.objects.count(),
        SuccessFactor.objects.count(),
    ) == counts


def test_loader_keeps_an_editors_change_unless_forced(fixture_dir):
    load_demo_content(fixture_dir)
    tool = ToolPage.objects.get(slug="wijkscan")
    tool.summary = "Door de redactie verbeterd."
    tool.save_revision().publish()

    load_demo_content(fixture_dir)
    assert ToolPage.objects.get(slug="wijkscan").summary == "Door de redactie verbeterd."

    load_demo_content(fixture_dir, force=True)
    assert ToolPage.objects.get(slug="wijkscan").summary == "Breng de wijk in beeld."


def test_unknown_role_is_rejected_naming_file_and_entry(tmp_path):
    fixtures = minimal_fixtures()
    fixtures["tools.yaml"]["tools"][0]["roles"] = ["tandarts"]
    with pytest.raises(FixtureError, match=r"tools\.yaml, tool 'wijkscan': onbekende rol 'tandarts'"):
        load_demo_content(write(tmp_path, fixtures))
    assert not ToolPage.objects.exists()


def test_step_outside_the_tools_phases_is_rejected(tmp_path):
    fixtures = minimal_fixtures()
    fixtures["roadmap.yaml"]["phases"].append(
        {**fixtures["roadmap.yaml"]["phases"][0], "slug": "vormgeven", "number": 2, "steps": []}
    )
    fixtures["tools.yaml"]["tools"][0]["phases"] = ["vormgeven"]
    with pytest.raises(FixtureError, match="stap 'klein-beginnen' hoort bij fase 'verkennen'"):
        load_demo_content(write(tmp_path, fixtures))


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda f: f["stories.yaml"]["stories"][0].update(phase_reached="verzinnen"),
            "verhaal 'wedde': 'phase_reached'",
        ),
        (
            lambda f: f["stories.yaml"]["stories"][0].update(status="gestopt"),
            "gestopt netwerk heeft een 'end_year' nodig",
        ),
        (lambda f: f["tools.yaml"]["tools"][0].update(body=[]), "tool 'wijkscan': 'body' is leeg"),
        (
            lambda f: f["scans.yaml"]["scans"][0]["dimensions"][0].update(steps=["verzonnen"]),
            "scan 'samenwerking', onderdeel 1: onbekende stap 'verzonnen'",
        ),
        (lambda f: f["tools.yaml"]["tools"][0].update(type="boek"), "tool 'wijkscan': 'type' is 'boek'"),
        (
            lambda f: f["site.yaml"]["home"].update(featured=["tool:bestaat-niet"]),
            "onbekende verwijzing 'tool:bestaat-niet'",
        ),
        (
            lambda f: f["taxonomies.yaml"]["themes"].append({"slug": "dementie", "name": "Dubbel"}),
            "slug komt twee keer voor",
        ),
        (
            lambda f: f["taxonomies.yaml"].update(
                needed_roles=[{"role": "huisarts", "why": "Nodig.", "step": "nergens"}]
            ),
            "benodigde rol 'huisarts': onbekende stap 'nergens'",
        ),
        (
            lambda f: f["taxonomies.yaml"].update(needed_roles=[{"role": "verzonnen", "why": "Nodig."}]),
            "benodigde rol 'verzonnen': onbekende rol 'verzonnen'",
        ),
    ],
)
def test_broken_fixture_gives_a_clear_message(tmp_path, mutate, message):
    fixtures = minimal_fixtures()
    mutate(fixtures)
    with pytest.raises(FixtureError, match=message):
        load_demo_content(write(tmp_path, fixtures))


def test_command_reports_a_broken_fixture_as_a_command_error(tmp_path):
    fixtures = minimal_fixtures()
    (tmp_path / "stories.yaml").write_text("stories: [unclosed", encoding="utf-8")
    del fixtures["stories.yaml"]
    write(tmp_path, fixtures)
    with pytest.raises(CommandError, match=r"stories\.yaml: geen geldige YAML"):
        call_command("load_demo_content", fixtures=str(tmp_path))
