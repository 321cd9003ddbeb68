"""The readability checker (toolbox_site/readability.py) on known Dutch texts: levels, what it lists, its bounds."""

import pytest

from toolbox_site import readability
from toolbox_site.readability import assess, level_of, rank, reaches

# Written for these tests: plain Dutch as a Dutch public site writes it for residents (B1) ...
B1_SAMPLE = (
    "In een wijknetwerk werken bewoners, vrijwilligers en zorgverleners samen. "
    "Ze kennen de wijk en weten wat er speelt. "
    "Samen bekijken ze welke ondersteuning ouderen en gezinnen nodig hebben. "
    "Soms is dat hulp in huis, soms een plek om elkaar te ontmoeten. "
    "Het netwerk begint vaak klein, met een paar mensen die iets willen veranderen. "
    "Daarna doen er steeds meer mensen mee, ook de huisarts en de gemeente. "
    "Iedereen doet wat hij goed kan. "
    "Zo wordt de wijk een betere plek om te wonen."
)
# ... and the same subject as a policy paper puts it for professionals (C1).
C1_SAMPLE = (
    "Een wijknetwerk is een samenwerkingsverband van professionals uit de zorg, het welzijn en de gemeente. "
    "Zij nemen samen verantwoordelijkheid voor de gezondheid van de bewoners in hun wijk. "
    "De coördinatie van zulke activiteiten vraagt om heldere afspraken over rollen, taken en geld. "
    "Daarnaast is het van belang dat de betrokken organisaties hun doelen op elkaar afstemmen. "
    "Ook moeten zij regelmatig nagaan of de gekozen aanpak bijdraagt aan de beoogde resultaten. "
    "Wanneer partners elkaars werkwijze kennen, ontstaat er ruimte voor nieuwe ideeën en samen leren."
)
ACADEMIC = (
    "De implementatie van een integrale samenwerkingsstructuur tussen eerstelijnszorgverleners, gemeentelijke "
    "beleidsafdelingen en welzijnsorganisaties vereist een zorgvuldige afstemming van verantwoordelijkheden, "
    "financieringsstromen en informatievoorziening."
)
LONG_SENTENCE = (
    "Als je met een groep mensen uit de wijk aan de slag gaat, is het handig om eerst samen af te spreken "
    "wie wat doet en wanneer je elkaar weer ziet."
)
PASSIVE = "De bijeenkomst wordt door de gemeente georganiseerd."


def test_a_plain_dutch_text_scores_b1_and_reaches_the_target():
    assessment = assess(B1_SAMPLE)
    assert assessment.level == "B1"
    assert 70 <= assessment.score < 80
    assert assessment.level_name == "B1 · eenvoudig"
    assert assessment.reaches_target
    assert assessment.words_per_sentence < readability.LONG_SENTENCE_WORDS
    assert assessment.long_sentences == []
    assert assessment.passive_sentences == []


def test_a_professional_dutch_text_scores_c1_and_misses_the_target():
    assessment = assess(C1_SAMPLE)
    assert assessment.level == "C1"
    assert 40 <= assessment.score < 60
    assert assessment.level_name == "C1 · moeilijk"
    assert not assessment.reaches_target
    assert rank(assessment.level) > rank(assess(B1_SAMPLE).level)


def test_an_academic_sentence_full_of_compounds_scores_c2():
    assessment = assess(ACADEMIC)
    assert assessment.level == "C2"
    assert assessment.score < 40


def test_sentences_of_more_than_fifteen_words_are_listed_longest_first():
    assessment = assess([LONG_SENTENCE, "Dat is kort.", ACADEMIC])
    assert assessment.long_sentences == [LONG_SENTENCE, ACADEMIC]
    assert "Dat is kort." not in assessment.long_sentences


def test_words_of_four_syllables_or_more_are_listed_once_the_longest_first():
    assessment = assess(["Verantwoordelijkheid is fijn.", "Verantwoordelijkheid en samenwerking, met een kat."])
    assert assessment.long_words == ["verantwoordelijkheid", "samenwerking"]
    assert "kat" not in assessment.long_words


def test_passive_sentences_are_listed_and_active_ones_are_not():
    active = "De gemeente organiseert de bijeenkomst."
    future = "Het wordt een mooie dag."  # a form of "worden" without a participle is no passive
    assessment = assess([PASSIVE, active, future, "De buren werden uitgenodigd."])
    assert assessment.passive_sentences == [PASSIVE, "De buren werden uitgenodigd."]


def test_headings_questions_and_list_items_count_as_sentences():
    assessment = assess(["Wie doet mee", "Wat is het doel?", "Een punt van een lijst"])
    assert assessment.sentences == 3
    assert assessment.words == 3 + 4 + 5


@pytest.mark.parametrize("parts", ["", "   ", [], ["", "\n", "  "], ["123 456.", "—"]])
def test_a_text_without_words_has_no_assessment(parts):
    assert assess(parts) is None


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (120, "A2"),
        (80, "A2"),
        (79.9, "B1"),
        (70, "B1"),
        (69.9, "B2"),
        (60, "B2"),
        (59.9, "C1"),
        (40, "C1"),
        (39.9, "C2"),
        (-50, "C2"),
    ],
)
def test_each_level_starts_at_its_lowest_score(score, level):
    assert level_of(score) == level


def test_b1_and_easier_reach_the_target_and_harder_levels_do_not():
    assert [level for level, _lowest in readability.LEVELS if reaches(level)] == ["A2", "B1"]
    assert readability.TARGET == "B1"


def test_the_lists_are_cut_for_display_but_counted_in_full():
    sentences = [f"{LONG_SENTENCE[:-1]} nummer {n}." for n in range(readability.SHOWN + 3)]
    assessment = assess(sentences)
    assert len(assessment.long_sentences) == readability.SHOWN + 3
    shown = assessment.as_dict()
    assert len(shown["long_sentences"]) == readability.SHOWN
    assert shown["level_name"] == assessment.level_name
    assert shown["reaches_target"] is assessment.reaches_target
