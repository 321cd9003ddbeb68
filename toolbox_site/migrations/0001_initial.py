# The content version moved here from tools (tools.0004): the state changes, the table
# (tools_contentversion) and its row stay as they are.

import uuid

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("tools", "0002_content_version"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ContentVersion",
                    fields=[
                        ("name", models.CharField(max_length=40, primary_key=True, serialize=False)),
                        ("token", models.UUIDField(default=uuid.uuid4)),
                    ],
                    options={
                        "verbose_name": "inhoudsversie",
                        "verbose_name_plural": "inhoudsversies",
                        "db_table": "tools_contentversion",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
