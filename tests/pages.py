"""Helpers for tests that request pages as a visitor does."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def page_html(client, url):
    """The HTML of `url`, which must answer 200."""
    response = client.get(url)
    assert response.status_code == 200, url
    return response.text


def count_queries(client, url):
    """How many SQL queries one request for `url` runs."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def page_tree():
    """The root page, home page, site and root collection the migrations make (a transactional test flushes them)."""
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page, Site

    from home.models import HomePage

    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    if HomePage.objects.exists():
        return
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    home = root.add_child(instance=HomePage(title="Wijknetwerk Toolbox", slug="home", intro="Voor wijknetwerken."))
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name="Wijknetwerk Toolbox")


def moderation_workflow():
    """The moderators' approval workflow on the whole tree, as Wagtail's migrations make it (a flush removes it)."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

    group, _ = Group.objects.get_or_create(name="Moderatoren")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    workflow, created = Workflow.objects.get_or_create(name="Goedkeuring door moderatoren")
    if created:
        task = GroupApprovalTask.objects.create(name="Goedkeuring door moderatoren")
        task.groups.set([group])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)  # a cluster child: saved directly
    WorkflowPage.objects.get_or_create(page=Page.get_first_root_node(), defaults={"workflow": workflow})
    return workflow
