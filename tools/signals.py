"""Replace the content version when anything a visitor sees changes.

The listings' indexes (tools.facet_index, toolbox_site.word_index), the navigation and the
anonymous page cache (toolbox_site.page_cache) are all made for one content version.
"""

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


def _bump_for_settings(sender, created=False, **kwargs):
    # Wagtail makes the settings row with its defaults on the first visit ever, while rendering
    # that very page: nothing a visitor sees changes until an editor saves them.
    if not created:
        ContentVersion.bump()


def _bump_after_indexing(sender, task_result, **kwargs):
    # The search index of a saved page is written by a task after the commit, later than the bump
    # on save: the in-memory word index (toolbox_site.word_index) must not keep the old words.
    if task_result.task.module_path.startswith("modelsearch."):
        ContentVersion.bump()


def _shown_models():
    """What pages show besides pages: taxonomies, success factors, media, sites."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Site

    from phases.models import SuccessAspect, SuccessFactor

    return [Role, Theme, PageViewRestriction, SuccessAspect, SuccessFactor, Site, get_image_model(),
            get_document_model()]  # fmt: skip


def connect():
    post_save.connect(_bump_for_pages, dispatch_uid="listings-page-save")
    post_delete.connect(_bump_for_pages, dispatch_uid="listings-page-delete")
    post_page_move.connect(_bump, dispatch_uid="listings-page-move")
    task_finished.connect(_bump_after_indexing, dispatch_uid="listings-search-index")
    from home.models import SiteSettings

    post_save.connect(_bump_for_settings, sender=SiteSettings, dispatch_uid="listings-settings-save")
    for model in _shown_models():
        post_save.connect(_bump, sender=model, dispatch_uid=f"listings-{model.__name__}-save")
        post_delete.connect(_bump, sender=model, dispatch_uid=f"listings-{model.__name__}-delete")
