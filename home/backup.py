"""A database-independent backup of the whole site: its data as JSON and its uploaded files.

`export_site` writes one .tar.gz with `data.json` (Django's serialisation, with natural keys for
content types and permissions, so it loads into SQLite and PostgreSQL alike) and `media/` (the
original files of images and documents). `import_site` loads it into a migrated, otherwise empty
database, puts the files back into the media storage and rebuilds what is derived: the search
index, the reference index and the content version. Left out, because they are rebuilt or are
not worth keeping: content types and permissions (made by the migrations), sessions, image
renditions, the search and reference indexes, the content version, login attempts, editing
sessions and uploads in progress.
"""

import io
import json
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from toolbox_site.content_version import ContentVersion

DERIVED = [
    "contenttypes.ContentType",
    "auth.Permission",
    "sessions.Session",
    "wagtailimages.Rendition",
    "wagtailsearch.IndexEntry",
    "wagtailsearch.SQLiteFTSIndexEntry",
    "wagtailcore.ReferenceIndex",
    "toolbox_site.ContentVersion",
    "wagtailadmin.EditingSession",
    "wagtailadmin.FormState",
    "wagtailcore.UploadedFile",
    "axes",
]


def derived_labels():
    """DERIVED, without the models this database does not have (the FTS table is SQLite's only)."""
    known = {model._meta.label for model in apps.get_models()} | {config.label for config in apps.get_app_configs()}
    return [label for label in DERIVED if label in known]


def media_files():
    """The stored names of every image's and document's original file."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    names = []
    for model in (get_image_model(), get_document_model()):
        names += [name for name in model.objects.values_list("file", flat=True) if name]
    return names


def export_site(target):
    """Writes the backup to the path `target`; returns how many objects and files it holds."""
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data.json"
        exclude = derived_labels()
        call_command("dumpdata", natural_foreign=True, exclude=exclude, output=str(data), verbosity=0)
        content = data.read_bytes()
    files = media_files()
    with tarfile.open(target, "w:gz") as archive:
        _add(archive, "data.json", content)
        for name in files:
            with default_storage.open(name) as stored:
                _add(archive, f"media/{name}", stored.read())
    return {"objects": len(json.loads(content)), "files": len(files)}


def import_site(source):
    """Loads the backup at the path `source` into a migrated database, replacing all its content."""
    with tarfile.open(source, "r:gz") as archive:
        content = archive.extractfile("data.json").read()
        files = {
            member.name.removeprefix("media/"): archive.extractfile(member).read()
            for member in archive.getmembers()
            if member.isfile() and member.name.startswith("media/")
        }
    # The migrations made a root page, a site, groups and a workflow: the backup has its own.
    call_command("flush", interactive=False, verbosity=0)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data.json"
        data.write_bytes(content)
        call_command("loaddata", str(data), verbosity=0)
    for name, blob in files.items():
        if default_storage.exists(name):
            default_storage.delete(name)
        default_storage.save(name, ContentFile(blob))
    call_command("update_index", verbosity=0)
    call_command("rebuild_references_index", verbosity=0)
    ContentVersion.bump()
    return {"objects": len(json.loads(content)), "files": len(files)}


def _add(archive, name, content):
    info = tarfile.TarInfo(name)
    info.size = len(content)
    archive.addfile(info, io.BytesIO(content))
