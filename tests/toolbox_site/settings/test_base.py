"""What the base settings (toolbox_site/settings/base.py) promise: uploads in the admin of the allowed kinds
and sizes only, refused in Dutch otherwise, and static files cached for a year under hashed names."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from toolbox_site.settings.base import STORAGES as BASE_STORAGES

pytestmark = pytest.mark.django_db


def image_file(name, image_format="PNG", size=(20, 20), padding=0):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, image_format)
    return SimpleUploadedFile(name, buffer.getvalue() + b"\0" * padding)


def errors(response):
    return [str(error) for field_errors in response.context["form"].errors.values() for error in field_errors]


def add_document(admin_client, upload):
    return admin_client.post("/admin/documents/add/", {"title": "Checklist", "file": upload, "collection": 1})


def add_image(admin_client, upload):
    return admin_client.post("/admin/images/add/", {"title": "Kaart", "file": upload, "collection": 1})


def test_an_allowed_document_is_stored(admin_client):
    response = add_document(admin_client, SimpleUploadedFile("checklist.pdf", b"%PDF-1.4 checklist"))
    assert response.status_code == 302
    assert get_document_model().objects.get().title == "Checklist"


def test_a_document_of_another_kind_is_refused_in_dutch(admin_client):
    response = add_document(admin_client, SimpleUploadedFile("installeer.exe", b"MZ..."))
    assert errors(response) == [
        "Bestandsextensie ‘exe’ is niet toegestaan. "
        "Toegestane extensies zijn: ‘csv, docx, odt, pdf, pptx, rtf, txt, xlsx’."
    ]
    assert not get_document_model().objects.exists()


def test_the_limits_are_set_for_the_site(settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 5 * 1024 * 1024


def test_a_too_large_document_is_refused_in_dutch(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = add_document(admin_client, SimpleUploadedFile("groot.pdf", b"%PDF" + b"x" * 2048))
    assert "Dit bestand is te groot (2,0\xa0KB). De maximale bestandsgrootte is 1,0\xa0KB." in errors(response)
    assert not get_document_model().objects.exists()


def test_an_image_of_another_kind_is_refused_in_dutch(admin_client):
    response = add_image(admin_client, image_file("kaart.gif", "GIF"))
    assert errors(response) == ["Geen ondersteund afbeeldingsformaat. Ondersteunde formaten: JPG, JPEG, PNG, WEBP."]
    assert not get_image_model().objects.exists()


def test_a_too_large_image_is_refused_in_dutch(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    response = add_image(admin_client, image_file("kaart.png", padding=4096))
    assert errors(response) == ["Dit bestand is te groot (4,1\xa0KB). De maximale bestandsgrootte is 1,0\xa0KB."]
    assert not get_image_model().objects.exists()


def test_static_files_carry_far_future_immutable_cache_headers(settings, tmp_path):
    from django.core.management import call_command
    from django.http import HttpResponseNotFound
    from django.templatetags.static import static
    from django.test import RequestFactory
    from whitenoise.middleware import WhiteNoiseMiddleware

    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "staticfiles": BASE_STORAGES["staticfiles"]}  # not the test's
    call_command("collectstatic", "--noinput", verbosity=0)
    serve = WhiteNoiseMiddleware(lambda request: HttpResponseNotFound())

    url = static("css/site.css")
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", url)  # the name changes with the content
    response = serve(RequestFactory().get(url))
    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]
    assert int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1)) >= 365 * 24 * 3600
