"""A backup of the whole site, restored into a fresh database, brings back every page and relation."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, PageLogEntry, Revision, Site

from phases.models import StepPage, SuccessFactor
from tests.pages import page_html, page_tree
from toolbox_site.content_version import LISTINGS, ContentVersion
from tools.models import PracticeStoryPage, ToolPage


def snapshot():
    """What a restore must bring back, as plain values (no primary keys of derived tables)."""
    pages = {
        page.url_path: (page.title, type(page).__name__, page.live, page.revisions.count())
        for page in Page.objects.specific()
    }
    tools = {
        tool.slug: (
            sorted(tool.phases.values_list("slug", flat=True)),
            sorted(tool.steps.values_list("slug", flat=True)),
            sorted(tool.roles.values_list("slug", flat=True)),
            sorted(tool.themes.values_list("slug", flat=True)),
            sorted(tool.tags.names()),
            list(tool.body.raw_data),
        )
        for tool in ToolPage.objects.all()
    }
    stories = {
        story.slug: (
            sorted(story.tools_used.values_list("slug", flat=True)),
            sorted(story.success_factors.values_list("slug", flat=True)),
            [update.text for update in story.status_updates.all()],
        )
        for story in PracticeStoryPage.objects.all()
    }
    steps = {step.slug: sorted(step.success_factors.values_list("slug", flat=True)) for step in StepPage.objects.all()}
    return {
        "pages": pages,
        "tools": tools,
        "stories": stories,
        "steps": steps,
        "factors": sorted(SuccessFactor.objects.values_list("slug", "aspect__slug")),
        "revisions": Revision.objects.count(),
        "history": sorted(PageLogEntry.objects.values_list("action", "page__url_path")),
        "sites": list(Site.objects.values_list("hostname", "root_page__url_path", "is_default_site")),
        "images": list(get_image_model().objects.values_list("title", "file")),
        "documents": list(get_document_model().objects.values_list("title", "file")),
    }


@pytest.mark.django_db(transaction=True)
def test_export_and_import_round_trip_the_demo_content(tmp_path, client):
    page_tree()
    call_command("load_demo_content", verbosity=0)
    get_image_model().objects.create(title="Kaart van de wijk", file=get_test_image_file())
    document = get_document_model()(title="Checklist eerste bijeenkomst")
    document.file.save("checklist.txt", ContentFile(b"Wie nodig je uit?"))
    tool = ToolPage.objects.get(slug="wijkscan")
    tool.title = "Wijkscan: data, dialoog en doen (bijgewerkt)"
    tool.save_revision().publish()
    before = snapshot()
    assert before["revisions"] > len(before["pages"]) - 2  # the demo, plus one more revision

    backup = tmp_path / "toolbox.tar.gz"
    call_command("export_site", str(backup), verbosity=0)
    for model in (get_image_model(), get_document_model()):
        for item in model.objects.all():
            item.file.delete(save=False)
    call_command("flush", interactive=False, verbosity=0)
    assert not Page.objects.exists()

    call_command("import_site", str(backup), "--yes", verbosity=0)
    assert snapshot() == before
    for model in (get_image_model(), get_document_model()):
        for item in model.objects.all():
            assert item.file.storage.exists(item.file.name), item.file.name
    assert document.file.storage.open(get_document_model().objects.get().file.name).read() == b"Wie nodig je uit?"

    assert client.get("/toolbox/wijkscan/").status_code == 200
    assert "bijgewerkt" in client.get("/toolbox/?q=wijkscan").text  # the search index was rebuilt


OLD_BACKUP = Path(__file__).resolve().parent.parent / "fixtures" / "backup-before-one-way-layers.tar.gz"


@pytest.mark.django_db(transaction=True)
def test_a_backup_exported_before_the_one_way_layers_imports_and_the_site_works(client):
    """`export_site` at e8fe759: ContentVersion still in `tools`, wagtail.embeds and wagtail.contrib.forms installed.

    Every backup left the content version and the embeds out as derived, and the site never had
    a form page, so no backup holds rows of a model this site no longer has.
    """
    page_tree()
    call_command("import_site", str(OLD_BACKUP), "--yes", verbosity=0)

    assert Page.objects.count() == 67  # the root and the demo site's 66 pages
    assert Revision.objects.count() == 66
    assert PageLogEntry.objects.count() == 131
    assert ContentVersion.objects.filter(name=LISTINGS).exists()  # made anew in its new app's model
    assert ToolPage.objects.live().count() == 26
    assert PracticeStoryPage.objects.live().count() == 14
    assert "Een Sterk Wijknetwerk" in page_html(client, "/")
    assert "Klein beginnen" in page_html(client, "/stappenplan/verkennen/klein-beginnen/")
    assert "Wijkscan: data, dialoog en doen" in page_html(client, "/toolbox/wijkscan/")
    assert "Proeftuin Ruwaard" in page_html(client, "/praktijkverhalen/proeftuin-ruwaard/")
    finder = page_html(client, "/toolbox/?fase=vormgeven")
    assert "Wijkscan: data, dialoog en doen" in finder and "Sociale kaart maken" in finder
    assert "Alzheimercafé opzetten" not in finder  # a tool for verdiepen
    assert "Alzheimercafé opzetten" in page_html(client, "/toolbox/?fase=verdiepen")

    api = client.get("/api/v2/tools/?limit=100")
    assert api.status_code == 200
    assert api.json()["meta"]["total_count"] == 26
    assert "Sociale kaart maken" in [item["title"] for item in api.json()["items"]]

    searched = page_html(client, "/toolbox/?q=alzheimercafe")  # the search index was rebuilt
    assert "2 tools gevonden" in searched and "Alzheimercafé opzetten" in searched  # and the social map's body
    assert "Alzheimercafé opzetten" in page_html(client, "/zoeken/?q=alzheimercafe")
