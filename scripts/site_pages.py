"""The pages every quality check looks at: one of each kind, with the demo content of `make run`.

Shared by the browser tests (axe-core, 320 px), the HTML check, Lighthouse and the screenshots,
so that a new page kind is added to all of them at once.
"""

# name: (path, expected HTTP status)
PAGES = {
    "home": ("/", 200),
    "stappenplan": ("/stappenplan/", 200),
    "fase": ("/stappenplan/vormgeven/", 200),
    "fase-eenvoudig": ("/stappenplan/vormgeven/eenvoudig/", 200),
    "stap": ("/stappenplan/vormgeven/wijkscan-maken/", 200),
    "stap-eenvoudig": ("/stappenplan/vormgeven/wijkscan-maken/eenvoudig/", 200),
    "werkmap": ("/stappenplan/vormgeven/wijkscan-maken/werkmap/", 200),
    "toolbox": ("/toolbox/", 200),
    "toolbox-filters": ("/toolbox/?rol=kartrekker&thema=burgerparticipatie&thema=dementie", 200),
    "toolbox-leeg": ("/toolbox/?thema=ggz&type=film", 200),
    "tool": ("/toolbox/competentieprofiel-kartrekker/", 200),
    "tool-eenvoudig": ("/toolbox/competentieprofiel-kartrekker/eenvoudig/", 200),
    "praktijkverhalen": ("/praktijkverhalen/", 200),
    "praktijkverhalen-filters": ("/praktijkverhalen/?provincie=noord-brabant&status=actief", 200),
    "verhaal": ("/praktijkverhalen/proeftuin-ruwaard/", 200),
    "verhaal-gestopt": ("/praktijkverhalen/proeftuin-merenwijk/", 200),
    "verhaal-delen": ("/praktijkverhalen/delen/", 200),
    "succesfactoren": ("/succesfactoren/", 200),
    "zelfscans": ("/zelfscans/", 200),
    "zelfscan": ("/zelfscans/kansrijke-samenwerking/", 200),
    "landelijk-beeld": ("/zelfscans/landelijk-beeld/", 200),
    "zoeken": ("/zoeken/?q=kartrekker", 200),
    "zoeken-leeg": ("/zoeken/", 200),
    "404": ("/bestaat-niet/", 404),
}

# Pages a printed copy is made of for a meeting: they must fit A4 without the site's navigation.
PRINTED = ["stap", "werkmap", "tool"]
