"""Replace the listings' content version when anything a listing shows or filters on changes."""

from django.db.models.signals import post_delete, post_save
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


def connect():
    post_save.connect(_bump_for_pages, dispatch_uid="listings-page-save")
    post_delete.connect(_bump_for_pages, dispatch_uid="listings-page-delete")
    post_page_move.connect(_bump, dispatch_uid="listings-page-move")
    for model in (Role, Theme, PageViewRestriction):
        post_save.connect(_bump, sender=model, dispatch_uid=f"listings-{model.__name__}-save")
        post_delete.connect(_bump, sender=model, dispatch_uid=f"listings-{model.__name__}-delete")
