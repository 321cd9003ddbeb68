"""The placeholders of each export: which an editor's Word template must use, and an example of every one.

An uploaded template is tried on the example (plans.exports.docx.check_template) with every list
filled, so a misspelt field inside a loop (`{{ actie.wie_ }}`) is found at upload, not at download.
The examples have the same keys as plans.exports.data builds (a test holds them to that).
"""

# On every page, so in the header or the footer of the template.
ON_EVERY_PAGE = ("netwerk", "datum", "versie")

_COMMON = {
    "titel": "Plan van aanpak",
    "netwerk": "Voorbeeldnetwerk",
    "plaats": "Voorbeeldstad",
    "datum": "2 december 2026",
    "versie": "Stand van 2 december 2026",
}

_ACTION = {
    "wat": "Wijkscan bespreken",
    "waarom": "Zodat iedereen weet waar we staan.",
    "wie": "Anna",
    "wanneer": "1 maart 2027",
    "status": "Open",
    "stap": "Verken de wijk",
    "tool": "Wijkscan",
    "onderdeel": "Samenwerking",
    "koppeling": "Stap: Verken de wijk; Tool: Wijkscan; Scan: Samenwerking",
    "verlopen": True,
    "verlopen_tekst": "verlopen",
    "afgesloten_op": "3 maart 2027",
}

SAMPLES = {
    "plan": {
        **_COMMON,
        "fases": [{"titel": "Fase 1: Verkennen", "acties": [_ACTION]}],
        "acties": [_ACTION],
        "aantal_acties": 1,
        "aantal_verlopen": 1,
    },
    "agreement": {
        **_COMMON,
        "titel": "Samenwerkingsovereenkomst",
        "versie": "Versie 1, vastgesteld op 2 december 2026",
        "fase": "Verkennen",
        "versienummer": 1,
        "vastgesteld_op": "2 december 2026",
        "vastgesteld_door": "Anna",
        "onderdelen": [
            {"slug": "doel", "titel": "Doel en ambitie", "tekst": "Samen.\nVoor de wijk.", "alineas": ["Samen."]},
            {"slug": "partners", "titel": "Partners", "tekst": "", "alineas": []},
        ],
        "partners": [{"naam": "Huisartsenpraktijk", "rol": "Huisarts", "inbreng": "Een ruimte"}],
        "kartrekkers": ["Anna"],
        "kartrekkers_tekst": "Anna",
    },
    "year": {
        **_COMMON,
        "titel": "Jaar in beeld 2026",
        "versie": "Jaar 2026, stand van 2 december 2026",
        "jaar": 2026,
        "vorig_jaar": 2025,
        "stappen": [{"titel": "Verken de wijk", "datum": "4 mei 2026"}],
        "acties_klaar": [_ACTION],
        "acties_vervallen": [_ACTION],
        "scans": [
            {"titel": "Teamscan", "onderdelen": [{"titel": "Samen", "voor": "3,1", "na": "3,6", "verschil": "+0,5"}]}
        ],
        "overeenkomsten": [{"versie": 1, "vastgesteld_op": "2 december 2026"}],
    },
}

# The content a template cannot leave out, besides ON_EVERY_PAGE: one of each tuple.
REQUIRED = {
    "plan": [("fases", "acties")],
    "agreement": [("onderdelen",)],
    "year": [("jaar",)],
}

LABELS = {"plan": "plan van aanpak", "agreement": "samenwerkingsovereenkomst", "year": "jaar in beeld"}
