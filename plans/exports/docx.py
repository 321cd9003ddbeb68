"""The Word exports: a docxtpl template filled with the dicts of plans.exports.data.

The template is the editor's replacement (Instellingen → Exportsjablonen) when there is one, else
the default of plans/export_templates/ (made by scripts/make_export_templates.py). A replacement
is checked when it is chosen (`check_template`, from ExportTemplates.clean); should it still fail
at download, the default is used and the failure logged, so a visitor never gets a broken file.
Templates run in Jinja's sandbox with every value XML-escaped.
"""

import io
import logging
import pathlib
import re

from django.utils import timezone
from docx import Document
from docx.opc.oxml import parse_xml
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, meta
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from .fields import ON_EVERY_PAGE, REQUIRED, SAMPLES

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DEFAULTS = pathlib.Path(__file__).resolve().parent.parent / "export_templates"
LANGUAGE = "nl-NL"

logger = logging.getLogger(__name__)


def environment():
    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def default_template(kind):
    return (DEFAULTS / f"{kind}.docx").read_bytes()


def replacement_template(kind):
    """The bytes of the editor's template for `kind`, or None when the default is used."""
    from ..models import ExportTemplates

    document = getattr(ExportTemplates.load(), kind)
    if document is None:
        return None
    with document.file.open("rb") as file:
        return file.read()


def render(kind, data):
    """The Word file of `kind` ("plan", "agreement", "year") filled with `data`, as bytes."""
    try:
        replacement = replacement_template(kind)
        if replacement is not None:
            return fill(replacement, data)
    except Exception:
        logger.exception("The replacement Word template of the %s export failed; the default is used", kind)
    return fill(default_template(kind), data)


def fill(source, data):
    template = DocxTemplate(io.BytesIO(source))
    template.render(data, environment())
    finish(template.docx, data)
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


def finish(document, data):
    """Title, language and dates of the file, whatever the template says."""
    props = document.core_properties
    props.title = f"{data['titel']} – {data['netwerk']}"
    props.subject = data["versie"]
    props.language = LANGUAGE
    props.author = props.last_modified_by = "Wijknetwerk Toolbox"
    props.created = props.modified = timezone.now()
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        document.styles.element.insert(0, defaults)
    default_run = defaults.find(qn("w:rPrDefault"))
    if default_run is None:
        default_run = OxmlElement("w:rPrDefault")
        defaults.insert(0, default_run)
    rpr = default_run.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        default_run.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)


# Checking an editor's template -------------------------------------------------------------------


def check_template(kind, source, filename):
    """What is wrong with `source` as the Word template of `kind`, as Dutch sentences (empty: nothing)."""
    if not filename.lower().endswith(".docx"):
        return ["Dit is geen Word-bestand: kies een document dat eindigt op .docx."]
    try:
        template = DocxTemplate(io.BytesIO(source))
        template.init_docx()
        parts = list(_parts(template))
    except Exception:
        return ["Dit bestand is geen geldig Word-document. Sla het in Word op als ‘Word-document (.docx)’."]
    used, in_margins = set(), set()
    env = environment()
    for is_margin, xml in parts:
        try:
            names = meta.find_undeclared_variables(env.parse(xml)) - set(env.globals)
        except TemplateSyntaxError as error:
            return [_syntax_message(error, xml)]
        used |= names
        if is_margin:
            in_margins |= names
    problems = _field_problems(kind, used, in_margins)
    return problems or _trial(source, kind)


def _parts(template):
    """(in header or footer, Jinja source) of the body and each header and footer, as docxtpl renders them."""
    document = template.docx
    yield False, _lines(template.patch_xml(template.get_xml()))
    for rel in document.part.rels.values():
        if rel.reltype in (template.HEADER_URI, template.FOOTER_URI) and not rel.is_external:
            xml = template.xml_to_string(parse_xml(rel.target_part.blob))
            yield True, _lines(template.patch_xml(xml))


def _lines(xml):
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)  # one paragraph a line, as docxtpl does


def _syntax_message(error, xml):
    lines = xml.splitlines()
    near = ""
    if error.lineno and 0 < error.lineno <= len(lines):
        near = re.sub(r"<[^>]+>", "", lines[error.lineno - 1]).strip()[:80]
    where = f" bij ‘{near}’" if near else ""
    return (
        f"De velden in het sjabloon kloppen niet{where}: elke {{% for %}} heeft een {{% endfor %}} nodig, "
        f"elke {{% if %}} een {{% endif %}}, en elk veld staat tussen {{{{ en }}}}. (Technisch: {error.message})"
    )


def _field_problems(kind, used, in_margins):
    known = set(SAMPLES[kind])
    problems = []
    unknown = sorted(used - known)
    if unknown:
        problems.append(
            f"Het sjabloon gebruikt velden die deze export niet kent: {_names(unknown)}. "
            f"Beschikbaar zijn: {_names(sorted(known))}."
        )
    missing = [name for name in ON_EVERY_PAGE if name not in used]
    missing += [group[0] for group in REQUIRED[kind] if not used & set(group)]
    if missing:
        problems.append(f"Het sjabloon mist verplichte velden: {_names(missing)}.")
    elsewhere = [name for name in ON_EVERY_PAGE if name in used and name not in in_margins]
    if elsewhere:
        problems.append(
            f"Zet {_names(elsewhere)} in de kop- of voettekst, zodat ze op elke pagina staan "
            "(de naam van het netwerk, de datum en de versie)."
        )
    return problems


def _names(names):
    return ", ".join(f"{{{{ {name} }}}}" for name in names)


def _trial(source, kind):
    """Fill the template with the example of `kind` (every list filled), and open the result again."""
    try:
        filled = fill(source, SAMPLES[kind])
    except UndefinedError as error:
        found = re.search(r"has no attribute '([^']+)'", str(error))
        name = f"‘{found.group(1)}’" if found else "een veld"
        return [f"Het sjabloon vraagt om {name}, maar dat veld bestaat niet in deze export. (Technisch: {error})"]
    except SecurityError:
        return ["Het sjabloon probeert iets wat in een exportsjabloon niet mag; gebruik alleen de velden."]
    except Exception as error:
        return [f"Het sjabloon kon niet worden ingevuld. (Technisch: {type(error).__name__}: {error})"]
    try:
        Document(io.BytesIO(filled))
    except Exception:
        return [
            "Het ingevulde sjabloon is geen geldig Word-document meer; staan de {%p %}- en {%tr %}-velden op hun plek?"
        ]
    return []
