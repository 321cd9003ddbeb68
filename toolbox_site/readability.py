"""How hard a Dutch text is to read: textstat's Flesch-Douma score, a CEFR-like level, and what lifts it.

Dutch public sites write at B1. The score is Flesch-Douma (textstat with `set_lang("nl")`:
206.84 - 0.93 × words per sentence - 77 × syllables per word, syllables from pyphen's Dutch
dictionary); `LEVELS` turns it into a level. Besides the score, an editor needs to know what to
change: the sentences that are too long, the words with many syllables and the passive sentences.
"""

import re
from dataclasses import dataclass, field
from functools import cache

from textstat.textstat import textstatistics

# The lowest Flesch-Douma score of each level, easiest first. Douma's scale calls 70-80 "vrij
# makkelijk", the plain language Dutch public sites aim for (B1); 60-70 is "normaal", newspaper
# prose (B2); 40-60 "vrij moeilijk", professional prose (C1); below 40 academic (C2); 80 and up
# "makkelijk" (A2).
LEVELS = (("A2", 80), ("B1", 70), ("B2", 60), ("C1", 40), ("C2", float("-inf")))
TARGET = "B1"
LEVEL_NAMES = {
    "A2": "A2 · heel eenvoudig",
    "B1": "B1 · eenvoudig",
    "B2": "B2 · vrij moeilijk",
    "C1": "C1 · moeilijk",
    "C2": "C2 · zeer moeilijk",
}
# B1 guidance (e.g. the Rijksoverheid's "Direct duidelijk"): at most about fifteen words a
# sentence, few words of four syllables or more, active sentences.
LONG_SENTENCE_WORDS = 15
LONG_WORD_SYLLABLES = 4
SHOWN = 10  # sentences and words listed per kind; the counts are complete

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")
_WORDEN = re.compile(r"\b(word|wordt|worden|werd|werden|geworden)\b", re.IGNORECASE)
# A past participle: ge-…-d/t/en, with a separable prefix (uitgenodigd), or be-/ver-/ont-/her-…-d/t/en.
_PARTICIPLE = re.compile(r"\b(\w{0,6}ge\w{2,}(d|t|en)|(be|ver|ont|her)\w{2,}(d|t|en))\b", re.IGNORECASE)


@cache
def _dutch():
    """textstat's statistics for Dutch: its own instance, so nothing else changes its language."""
    statistics = textstatistics()
    statistics.set_lang("nl")
    return statistics


def level_of(score):
    return next(level for level, lowest in LEVELS if score >= lowest)


def rank(level):
    """0 for the easiest level: levels sort from easy to hard by this number."""
    return [name for name, _lowest in LEVELS].index(level)


def reaches(level, target=TARGET):
    return rank(level) <= rank(target)


@dataclass(frozen=True)
class Assessment:
    score: float
    level: str
    sentences: int
    words: int
    long_sentences: list = field(default_factory=list)
    long_words: list = field(default_factory=list)
    passive_sentences: list = field(default_factory=list)

    @property
    def level_name(self):
        return LEVEL_NAMES[self.level]

    @property
    def reaches_target(self):
        return reaches(self.level)

    @property
    def words_per_sentence(self):
        return round(self.words / self.sentences, 1) if self.sentences else 0.0

    def as_dict(self):
        return {
            "score": self.score,
            "level": self.level,
            "level_name": self.level_name,
            "reaches_target": self.reaches_target,
            "sentences": self.sentences,
            "words": self.words,
            "words_per_sentence": self.words_per_sentence,
            "long_sentences": self.long_sentences[:SHOWN],
            "long_words": self.long_words[:SHOWN],
            "passive_sentences": self.passive_sentences[:SHOWN],
        }


def sentences_of(parts):
    """The sentences of text parts (a heading, a question, a paragraph): each part ends a sentence."""
    sentences = []
    for part in parts:
        for sentence in _SENTENCE_END.split(str(part).strip()):
            if _WORD.search(sentence):
                sentences.append(" ".join(sentence.split()))
    return sentences


def assess(parts):
    """The readability of text `parts` (strings); None when they hold no words at all."""
    if isinstance(parts, str):
        parts = [parts]
    sentences = sentences_of(parts)
    if not sentences:
        return None
    statistics = _dutch()
    # Each sentence ends in a full stop for textstat, so headings and list items count as sentences.
    text = " ".join(s if s[-1] in ".!?…" else f"{s}." for s in sentences)
    words = [word for sentence in sentences for word in _WORD.findall(sentence)]
    syllables = {word.lower(): statistics.syllable_count(word) for word in words}
    long_words = sorted(
        {word for word in syllables if syllables[word] >= LONG_WORD_SYLLABLES},
        key=lambda word: (-syllables[word], word),
    )
    score = statistics.flesch_reading_ease(text)
    return Assessment(
        score=round(score, 1),
        level=level_of(score),
        sentences=len(sentences),
        words=len(words),
        long_sentences=sorted(
            (s for s in sentences if len(_WORD.findall(s)) > LONG_SENTENCE_WORDS),
            key=lambda s: -len(_WORD.findall(s)),
        ),
        long_words=long_words,
        passive_sentences=[s for s in sentences if _WORDEN.search(s) and _PARTICIPLE.search(s)],
    )
