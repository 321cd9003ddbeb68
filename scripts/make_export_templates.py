"""Write the default Word templates of the exports to plans/export_templates/ (plan, agreement, year).

Usage: .venv/bin/python scripts/make_export_templates.py   (then commit the three .docx files)

Built with python-docx, with docxtpl placeholders (plans/exports/fields.py lists them): real
Heading styles, tables whose first row is a repeated header row, Dutch as the language of the
text, and the network's name, the date, the version and "pagina X van Y" in the header and footer
of every page. The zip entries get a fixed date, so running it twice writes the same bytes.
"""

import io
import pathlib
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "plans" / "export_templates"
FIXED = datetime(2026, 1, 1)


def new_document(title):
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    set_language(doc, "nl-NL")
    props = doc.core_properties
    props.title, props.language, props.subject = title, "nl-NL", title
    props.author = props.last_modified_by = "Wijknetwerk Toolbox"
    props.created = props.modified = FIXED
    props.revision = 1
    header = section.header.paragraphs[0]
    header.text = "{{ netwerk }} · {{ titel }}"
    footer = section.footer.paragraphs[0]
    footer.text = "{{ versie }} · gedownload op {{ datum }} · pagina "
    add_field(footer, "PAGE")
    footer.add_run(" van ")
    add_field(footer, "NUMPAGES")
    return doc


def set_language(doc, language):
    """The language of all text (docDefaults), so Word's spelling check and screen readers use Dutch."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)


def add_field(paragraph, code):
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out the pages."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def tag(doc, text):
    """A paragraph that holds only a docxtpl {%p ... %} tag (docxtpl removes the paragraph itself)."""
    doc.add_paragraph(text)


def table(doc, headers, cells, loop, caption, widths):
    """A table with a header row repeated on each page and one row per item of `loop` (docxtpl {%tr %})."""
    grid = doc.add_table(rows=4, cols=len(headers))
    grid.style = "Table Grid"
    properties = grid._tbl.tblPr
    title = OxmlElement("w:tblCaption")
    title.set(qn("w:val"), caption)
    properties.append(title)
    head = grid.rows[0]
    head._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, text in zip(head.cells, headers, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    grid.rows[1].cells[0].text = "{%tr for " + loop + " %}"
    for cell, text in zip(grid.rows[2].cells, cells, strict=True):
        lines = text if isinstance(text, list) else [text]
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    grid.rows[3].cells[0].text = "{%tr endfor %}"
    for row in grid.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    return grid


def actions_table(doc, loop, caption):
    table(
        doc,
        ["Wat en waarom", "Wie", "Wanneer klaar", "Status", "Hoort bij"],
        [
            ["{{ actie.wat }}", "{{ actie.waarom }}"],
            "{{ actie.wie }}",
            "{{ actie.wanneer }}{% if actie.verlopen %} (verlopen){% endif %}",
            "{{ actie.status }}",
            "{{ actie.koppeling }}",
        ],
        loop,
        caption,
        [5.6, 3, 2.8, 2, 3.2],
    )


def plan():
    doc = new_document("Plan van aanpak")
    doc.add_heading("Plan van aanpak van {{ netwerk }}", level=1)
    doc.add_paragraph(
        "{{ versie }}. Acties in het plan: {{ aantal_acties }}"
        "{% if aantal_verlopen %}, waarvan over hun datum: {{ aantal_verlopen }}{% endif %}."
    )
    tag(doc, "{%p if not fases %}")
    doc.add_paragraph("Er staan nog geen acties in het plan.")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p for fase in fases %}")
    doc.add_heading("{{ fase.titel }}", level=2)
    actions_table(doc, "actie in fase.acties", "Acties")
    doc.add_paragraph()
    tag(doc, "{%p endfor %}")
    return doc


def agreement():
    doc = new_document("Samenwerkingsovereenkomst")
    doc.add_heading("Samenwerkingsovereenkomst van {{ netwerk }}", level=1)
    doc.add_paragraph("{{ versie }}{% if vastgesteld_door %} door {{ vastgesteld_door }}{% endif %}.")
    doc.add_paragraph(
        "Plaats: {{ plaats }}.{% if fase %} Fase van het netwerk: {{ fase }}.{% endif %}"
        "{% if kartrekkers_tekst %} Kartrekkers: {{ kartrekkers_tekst }}.{% endif %}"
    )
    tag(doc, "{%p for onderdeel in onderdelen %}")
    doc.add_heading("{{ loop.index }}. {{ onderdeel.titel }}", level=2)
    tag(doc, "{%p for alinea in onderdeel.alineas %}")
    doc.add_paragraph("{{ alinea }}")
    tag(doc, "{%p endfor %}")
    tag(doc, '{%p if onderdeel.slug == "partners" and partners %}')
    table(
        doc,
        ["Partner", "Rol", "Wat de partner inbrengt"],
        ["{{ partner.naam }}", "{{ partner.rol }}", "{{ partner.inbreng }}"],
        "partner in partners",
        "Partners en wat ieder inbrengt",
        [5, 3.6, 8],
    )
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    doc.add_heading("Ondertekening", level=2)
    doc.add_paragraph("Namens elke partner tekent iemand die daartoe bevoegd is.")
    table(
        doc,
        ["Partner", "Naam", "Handtekening", "Datum"],
        ["{{ partner.naam }}", "", "", ""],
        "partner in partners",
        "Ondertekening door de partners",
        [5, 4, 4.6, 3],
    )
    return doc


def year():
    doc = new_document("Jaar in beeld")
    doc.add_heading("{{ titel }}: {{ netwerk }}", level=1)
    doc.add_paragraph("{{ versie }}. Wat het netwerk in {{ jaar }} deed, voor de jaarlijkse evaluatie.")
    doc.add_heading("Afgeronde stappen", level=2)
    tag(doc, "{%p if stappen %}")
    table(
        doc, ["Stap", "Afgerond op"], ["{{ stap.titel }}", "{{ stap.datum }}"], "stap in stappen", "Stappen", [11, 5.6]
    )
    tag(doc, "{%p else %}")
    doc.add_paragraph("In {{ jaar }} is geen stap afgerond.")
    tag(doc, "{%p endif %}")
    for key, heading, empty, when in (
        ("acties_klaar", "Afgeronde acties", "In {{ jaar }} is geen actie afgerond.", "Klaar op"),
        ("acties_vervallen", "Vervallen acties", "In {{ jaar }} is geen actie vervallen.", "Vervallen op"),
    ):
        doc.add_heading(heading, level=2)
        tag(doc, "{%p if " + key + " %}")
        table(
            doc,
            ["Wat", "Wie", when],
            ["{{ actie.wat }}", "{{ actie.wie }}", "{{ actie.afgesloten_op }}"],
            "actie in " + key,
            heading,
            [9, 4, 3.6],
        )
        tag(doc, "{%p else %}")
        doc.add_paragraph(empty)
        tag(doc, "{%p endif %}")
    doc.add_heading("Teamscans: verandering per onderdeel", level=2)
    tag(doc, "{%p if not scans %}")
    doc.add_paragraph("Geen teamronde in {{ vorig_jaar }} of {{ jaar }}.")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p for scan in scans %}")
    doc.add_heading("{{ scan.titel }}", level=3)
    table(
        doc,
        ["Onderdeel", "Eind {{ vorig_jaar }}", "{{ jaar }}", "Verandering"],
        ["{{ onderdeel.titel }}", "{{ onderdeel.voor }}", "{{ onderdeel.na }}", "{{ onderdeel.verschil }}"],
        "onderdeel in scan.onderdelen",
        "Gemiddelde score per onderdeel (1 tot 5)",
        [7.6, 3, 3, 3],
    )
    tag(doc, "{%p endfor %}")
    doc.add_heading("Samenwerkingsovereenkomst", level=2)
    tag(doc, "{%p for overeenkomst in overeenkomsten %}")
    doc.add_paragraph("Versie {{ overeenkomst.versie }}, vastgesteld op {{ overeenkomst.vastgesteld_op }}.")
    tag(doc, "{%p else %}")
    doc.add_paragraph("In {{ jaar }} is geen nieuwe versie vastgesteld.")
    tag(doc, "{%p endfor %}")
    return doc


def save_reproducibly(doc, path):
    """Save with every zip entry dated FIXED, so the file only changes when this script does."""
    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(item.filename))


def main():
    OUT.mkdir(exist_ok=True)
    for name, build in (("plan", plan), ("agreement", agreement), ("year", year)):
        save_reproducibly(build(), OUT / f"{name}.docx")
        print(f"wrote {(OUT / f'{name}.docx').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
