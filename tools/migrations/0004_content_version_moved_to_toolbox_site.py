# The content version is the base's now (toolbox_site.0001): the state forgets it here, and its
# content type (with the permissions on it) follows it, so no stale one is left behind.

from django.db import migrations


def move_content_type(apps, schema_editor, source="tools", target="toolbox_site"):
    content_type = apps.get_model("contenttypes", "ContentType")
    if not content_type.objects.filter(app_label=target, model="contentversion").exists():
        content_type.objects.filter(app_label=source, model="contentversion").update(app_label=target)


def move_content_type_back(apps, schema_editor):
    move_content_type(apps, schema_editor, source="toolbox_site", target="tools")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("tools", "0003_story_submission"),
        ("toolbox_site", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="ContentVersion")],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
