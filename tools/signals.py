"""Replace the listings' content version when anything a listing shows or filters on changes."""

from django.db.models.signals import post_delete, post_save
from django_tasks.signals import task_finished
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

from .models.taxonomy import Role, Theme
from .models.version import ContentVersion


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


def connect():
    post_save.connect(_bump_for_pages, dispatch_uid="listings-page-save")
    post_delete.connect(_bump_for_pages, dispatch_uid="listings-page-delete")
    post_page_move.connect(_bump, dispatch_uid="listings-page-move")
    task_finished.connect(_bump_after_indexing, dispatch_uid="listings-search-index")
    for model in (Role, Theme, PageViewRestriction):
        post_save.connect(_bump, sender=model, dispatch_uid=f"listings-{model.__name__}-save")
        post_delete.connect(_bump, sender=model, dispatch_uid=f"listings-{model.__name__}-delete")
