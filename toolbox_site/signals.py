"""Replace the content version when anything a visitor sees changes.

The base connects what Wagtail itself holds: every page save, delete and move, view
restrictions, sites, images, documents and the search index written after a save. Each app
connects its own models in its `AppConfig.ready` with `bump_on_change` (taxonomies, success
factors) or its own rule (site settings).
"""

from django.db.models.signals import post_delete, post_save
from django_tasks.signals import task_finished
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from .content_version import ContentVersion


def _bump(sender, **kwargs):
    ContentVersion.bump()


def _bump_for_pages(sender, instance, **kwargs):
    # Every page save counts: publish, unpublish, a new draft (cheap to rebuild) and page moves.
    if isinstance(instance, Page):
        ContentVersion.bump()


def _bump_after_indexing(sender, task_result, **kwargs):
    # The search index of a saved page is written by a task after the commit, later than the bump
    # on save: the in-memory word index (toolbox_site.word_index) must not keep the old words.
    if task_result.task.module_path.startswith("modelsearch."):
        ContentVersion.bump()


def bump_on_change(*models):
    """Replace the content version whenever one of `models` is saved or deleted."""
    for model in models:
        label = model._meta.label
        post_save.connect(_bump, sender=model, dispatch_uid=f"content-version-{label}-save", weak=False)
        post_delete.connect(_bump, sender=model, dispatch_uid=f"content-version-{label}-delete", weak=False)


def connect():
    post_save.connect(_bump_for_pages, dispatch_uid="content-version-page-save")
    post_delete.connect(_bump_for_pages, dispatch_uid="content-version-page-delete")
    post_page_move.connect(_bump, dispatch_uid="content-version-page-move")
    task_finished.connect(_bump_after_indexing, dispatch_uid="content-version-search-index")
    bump_on_change(PageViewRestriction, Site, get_image_model(), get_document_model())
