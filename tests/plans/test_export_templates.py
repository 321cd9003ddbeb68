"""Editors' Word templates (Instellingen → Exportsjablonen): checked when chosen, used when good, never broken."""

import io
import logging

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import reverse
from docx import Document as WordDocument
from wagtail.documents.models import Document

from plans.exports import data, docx
from plans.models import ExportTemplates
from tests.networks.conftest import signed_in
from tests.plans.factories import ActionFactory

pytestmark = pytest.mark.django_db

HEADER = "{{ netwerk }} – {{ datum }} – {{ versie }}"


def word(*paragraphs, header=HEADER):
    """The bytes of a Word file with `header` on every page and `paragraphs` as its text."""
    document = WordDocument()
    document.sections[0].header.paragraphs[0].text = header
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


GOOD_PLAN = word(
    "Ons plan", "{%p for actie in acties %}", "Te doen: {{ actie.wat }} door {{ actie.wie }}", "{%p endfor %}"
)


def upload(content, name="sjabloon.docx"):
    return Document.objects.create(title=name, file=ContentFile(content, name=name))


def errors_for(**documents):
    settings = ExportTemplates.load()
    for kind, document in documents.items():
        setattr(settings, kind, document)
    with pytest.raises(ValidationError) as raised:
        settings.full_clean()
    return raised.value.message_dict


def test_a_good_template_passes_the_check():
    settings = ExportTemplates.load()
    settings.plan = upload(GOOD_PLAN)

    settings.full_clean()


def test_the_shipped_templates_pass_their_own_check():
    for kind in ExportTemplates.KINDS:
        assert docx.check_template(kind, docx.default_template(kind), f"{kind}.docx") == []


def test_a_file_that_is_not_a_docx_is_refused():
    errors = errors_for(plan=upload(b"%PDF-1.7 geen Word", name="plan.pdf"))

    assert errors == {"plan": ["Dit is geen Word-bestand: kies een document dat eindigt op .docx."]}


def test_a_file_named_docx_that_is_no_word_document_is_refused():
    errors = errors_for(agreement=upload(b"gewoon tekst", name="overeenkomst.docx"))

    assert errors["agreement"] == [
        "Dit bestand is geen geldig Word-document. Sla het in Word op als ‘Word-document (.docx)’."
    ]


def test_broken_jinja_is_refused_with_where_it_is():
    errors = errors_for(plan=upload(word("{%p for actie in acties %}", "{{ actie.wat }}", "Einde van het plan")))

    (message,) = errors["plan"]
    assert message.startswith("De velden in het sjabloon kloppen niet bij ‘")
    assert "looking for the following tags: 'endfor'" in message


def test_an_unknown_placeholder_is_refused_by_name():
    errors = errors_for(plan=upload(word("{{ acties }}", "Ondertekend door {{ burgemeester }}")))

    (message,) = errors["plan"]
    assert message.startswith("Het sjabloon gebruikt velden die deze export niet kent: {{ burgemeester }}.")
    assert "{{ netwerk }}" in message  # it lists what there is


def test_a_misspelt_field_inside_a_loop_is_refused():
    template = word("{%p for actie in acties %}", "{{ actie.wie_doet_het }}", "{%p endfor %}")

    errors = errors_for(plan=upload(template))

    (message,) = errors["plan"]
    assert message.startswith("Het sjabloon vraagt om ‘wie_doet_het’, maar dat veld bestaat niet")


def test_a_template_without_the_network_or_the_actions_is_refused():
    errors = errors_for(plan=upload(word("Een plan zonder inhoud", header="{{ datum }} {{ versie }}")))

    assert errors["plan"] == ["Het sjabloon mist verplichte velden: {{ netwerk }}, {{ fases }}."]


def test_the_network_date_and_version_must_be_in_the_header_or_footer():
    errors = errors_for(year=upload(word("{{ netwerk }} {{ datum }} {{ versie }} {{ jaar }}", header="Jaar in beeld")))

    assert errors["year"] == [
        "Zet {{ netwerk }}, {{ datum }}, {{ versie }} in de kop- of voettekst, zodat ze op elke pagina staan "
        "(de naam van het netwerk, de datum en de versie)."
    ]


def test_the_sandbox_refuses_reaching_into_python():
    template = word("{{ acties }}", "{{ netwerk.__class__.__mro__ }}")

    errors = errors_for(plan=upload(template))

    assert errors["plan"] == [
        "Het sjabloon probeert iets wat in een exportsjabloon niet mag; gebruik alleen de velden."
    ]


def test_the_error_shows_on_the_field_of_the_settings_form(admin_client):
    settings = ExportTemplates.load()
    bad = upload(word("{{ acties }} {{ handtekening }}"))
    url = reverse("wagtailsettings:edit", args=["plans", "exporttemplates", settings.pk])

    response = admin_client.post(url, {"plan": bad.pk, "agreement": "", "year": ""})

    form = response.context["form"]
    assert "{{ handtekening }}" in form.errors["plan"][0]
    assert ExportTemplates.load().plan is None


def test_a_chosen_template_is_used_for_the_download(network, member):
    ActionFactory(network=network, what="Wijkwandeling houden", owner_member=member)
    settings = ExportTemplates.load()
    settings.plan = upload(GOOD_PLAN)
    settings.save()

    response = signed_in(member.user).get(reverse("plans:plan_docx", args=[network.key]))

    document = WordDocument(io.BytesIO(response.content))
    assert [p.text for p in document.paragraphs] == ["Ons plan", f"Te doen: Wijkwandeling houden door {member.name}"]
    assert network.name in document.sections[0].header.paragraphs[0].text


def test_a_template_that_fails_at_download_falls_back_to_the_default_and_is_logged(network, member, caplog):
    ActionFactory(network=network, what="Wijkwandeling houden")
    settings = ExportTemplates.load()
    settings.plan = upload(GOOD_PLAN)
    settings.save()
    settings.plan.file.save("kapot.docx", ContentFile(b"niet meer te lezen"))  # replaced after the check

    with caplog.at_level(logging.ERROR, logger="plans.exports.docx"):
        response = signed_in(member.user).get(reverse("plans:plan_docx", args=[network.key]))

    assert response.status_code == 200
    document = WordDocument(io.BytesIO(response.content))
    assert document.paragraphs[0].text == f"Plan van aanpak van {network.name}"
    assert "the default is used" in caplog.text


def test_a_template_that_breaks_on_real_data_falls_back_too(network, caplog):
    template = word("{{ acties }}{{ aantal_acties / 0 }}")
    assert docx.check_template("plan", template, "plan.docx") == [
        "Het sjabloon kon niet worden ingevuld. (Technisch: ZeroDivisionError: division by zero)"
    ]  # the form refuses it ...
    settings = ExportTemplates.load()
    settings.plan = upload(template)
    settings.save()  # ... but a script may save it without the form

    with caplog.at_level(logging.ERROR, logger="plans.exports.docx"):
        content = docx.render("plan", data.plan_data(network))

    assert WordDocument(io.BytesIO(content)).paragraphs[0].text == f"Plan van aanpak van {network.name}"
    assert "ZeroDivisionError" in caplog.text
