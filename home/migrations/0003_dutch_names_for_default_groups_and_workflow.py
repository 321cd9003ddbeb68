"""Wagtail's first migrations create groups and a workflow with English names; editors see Dutch."""

from django.db import migrations

GROUPS = {"Moderators": "Moderatoren", "Editors": "Redacteuren"}
WORKFLOW = {"Moderators approval": "Goedkeuring door moderatoren"}


def rename(apps, names):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    for model, mapping in [(Group, GROUPS), (Workflow, WORKFLOW), (Task, WORKFLOW)]:
        for old, new in mapping.items():
            if names == "back":
                old, new = new, old
            # Only the untouched defaults: a name an editor chose, or one already taken, stays.
            if not model.objects.filter(name=new).exists():
                model.objects.filter(name=old).update(name=new)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_homepage"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [
        migrations.RunPython(lambda apps, schema: rename(apps, "forth"), lambda apps, schema: rename(apps, "back")),
    ]
