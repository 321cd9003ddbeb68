"""What belongs in each section of the samenwerkingsovereenkomst: a short explanation and guiding questions.

Keyed by the slugs of plans.models.agreement.SECTIONS; shown above the textarea of each step of the guided form.
"""

GUIDE = {
    "doel": (
        "Schrijf op waarom jullie samen een wijknetwerk vormen en wat jullie willen bereiken. "
        "Houd het concreet: een doel dat je over een jaar kunt nakijken, helpt meer dan een mooie zin.",
        [
            "Voor welk gebied en welke inwoners is het netwerk er?",
            "Wat willen jullie over een jaar merkbaar anders hebben?",
            "Waar zijn jullie trots op als het lukt?",
        ],
    ),
    "partners": (
        "Elke partner brengt iets mee: tijd, kennis, contacten, een ruimte of geld. "
        "Schrijf per partner op wat die inbrengt, zodat iedereen weet wat hij van de ander mag verwachten.",
        [
            "Hoeveel uur of welke mensen zet de partner in?",
            "Welke kennis, contacten of voorzieningen deelt de partner?",
            "Wat verwacht de partner zelf terug van het netwerk?",
        ],
    ),
    "rollen": (
        "Spreek af wie de kar trekt en wie de regie heeft: wie nodigt uit, zit het overleg voor, "
        "bewaakt de afspraken en is het aanspreekpunt naar buiten.",
        [
            "Wie zijn de kartrekkers, en wat doen zij wel en niet?",
            "Wie heeft de regie als het netwerk een besluit moet nemen?",
            "Wie neemt het over als een kartrekker afwezig is of stopt?",
        ],
    ),
    "overleg": (
        "Leg vast hoe vaak jullie bij elkaar komen, waar, en hoe jullie tussendoor contact houden. "
        "Een vast ritme voorkomt dat het netwerk stilvalt als het druk is.",
        [
            "Hoe vaak en hoe lang overleggen jullie?",
            "Wie maakt de agenda en wie schrijft de afspraken op?",
            "Hoe nemen jullie besluiten als niet iedereen er is?",
        ],
    ),
    "geld": (
        "Ook een klein netwerk kost iets: uren, een ruimte, koffie, een bijeenkomst voor inwoners. "
        "Schrijf op wat het kost, wie wat betaalt en wie het geld beheert.",
        [
            "Welke kosten verwachten jullie dit jaar?",
            "Wie betaalt wat: uit eigen budget, een subsidie of een afspraak met de zorgverzekeraar of gemeente?",
            "Wie beslist over uitgaven en wie houdt het overzicht bij?",
        ],
    ),
    "privacy": (
        "Als partners over inwoners praten of gegevens uitwisselen, moet vooraf duidelijk zijn wat mag. "
        "Spreek af welke gegevens jullie delen, met welk doel, en hoe jullie dat veilig doen.",
        [
            "Bespreken jullie inwoners bij naam, of alleen zonder herleidbare gegevens?",
            "Vraagt een partner toestemming van de inwoner voordat iets gedeeld wordt?",
            "Welke kanalen gebruiken jullie om veilig te delen, en welke niet?",
        ],
    ),
    "evaluatie": (
        "Kijk elk jaar samen terug: wat ging goed, wat niet, en past deze overeenkomst nog? "
        "Een vaste maand helpt; de netwerkplek herinnert de kartrekkers eraan.",
        [
            "In welke maand evalueren jullie elk jaar?",
            "Waaraan zien jullie of het netwerk zijn doel haalt?",
            "Wie bereidt de evaluatie voor en wie wordt erbij gevraagd?",
        ],
    ),
    "looptijd": (
        "Schrijf op hoe lang deze afspraken gelden en wat er gebeurt als een partner wil stoppen "
        "of een nieuwe partner wil aansluiten.",
        [
            "Vanaf wanneer en tot wanneer geldt de overeenkomst?",
            "Hoe en hoe lang van tevoren meldt een partner dat hij stopt?",
            "Hoe sluit een nieuwe partner aan?",
        ],
    ),
}
