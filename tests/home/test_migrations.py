"""What home's migrations set up: Wagtail's default groups and workflow under Dutch names."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Task, Workflow

pytestmark = pytest.mark.django_db


def test_default_groups_and_workflow_have_dutch_names():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Moderatoren", "Redacteuren"}
    assert list(Workflow.objects.values_list("name", flat=True)) == ["Goedkeuring door moderatoren"]
    assert list(Task.objects.values_list("name", flat=True)) == ["Goedkeuring door moderatoren"]
