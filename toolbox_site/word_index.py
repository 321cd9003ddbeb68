"""The search backend's own index, inverted and held in memory: which pages contain which word.

The finders and /zoeken/ need every page that matches `q`, not only the best few, to count
and filter them. A common word matches thousands of pages, and the database's full-text search
must visit each of those rows on every request. So each process reads the backend's index
entries once per content version (toolbox_site.content_version) and keeps, per word, the pks of the
pages that contain it in their title or body. A search is then a few dictionary lookups and set
intersections, with the same AND of words as the backend (`operator="and"`).

The words are the backend's own. On PostgreSQL they are the lexemes of the stored tsvectors,
and the query is stemmed by PostgreSQL with the backend's text search configuration (one small
query). On SQLite they are FTS5's tokens, read through an fts5vocab table. A query whose words
this index cannot vouch for goes to the backend instead, as `matching_rows` did before: on
SQLite, a word that no page contains (it costs nothing there: nothing matches); on PostgreSQL,
a word that stems to more than one lexeme. tests/toolbox_site/test_word_index.py checks that both
paths find the same pages.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass

from django.db import connection
from modelsearch.conf import get_app_config
from wagtail.search.backends import get_search_backend

from .content_version import built_for_current_version

_LEXEMES = re.compile(r"'((?:[^']|'')+)'")


def fold(word):
    """A word as FTS5's unicode61 tokenizer stores it: lower case, without diacritics."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@dataclass
class WordIndex:
    postings: dict  # word -> {content type id: frozenset of pks}

    @classmethod
    def current(cls):
        """The index for the current content version, built once per version and process."""
        return built_for_current_version(("word index", connection.alias), cls.build)

    @classmethod
    def build(cls):
        postings = {}
        for word, content_type, object_id in _entries():
            by_kind = postings.setdefault(word, {})
            by_kind.setdefault(content_type, set()).add(int(object_id))
        return cls(
            {word: {kind: frozenset(pks) for kind, pks in by_kind.items()} for word, by_kind in postings.items()}
        )

    def words_of(self, query):
        """The index words every match must contain, or None when only the backend can tell."""
        terms = query.split()
        if connection.vendor == "postgresql":
            return _stemmed(terms)
        words = [fold(term) for term in terms]
        if any(not re.fullmatch(r"[^\W_]+", word) or word not in self.postings for word in words):
            return None
        return words

    def matching(self, words):
        """{content type id: set of pks} of the pages that contain every one of `words`."""
        if not words:
            return {}
        rarest = sorted(words, key=lambda word: sum(map(len, self.postings.get(word, {}).values())))
        found = {kind: set(pks) for kind, pks in self.postings.get(rarest[0], {}).items()}
        for word in rarest[1:]:
            postings = self.postings.get(word, {})
            found = {kind: pks & postings[kind] for kind, pks in found.items() if kind in postings}
        return {kind: pks for kind, pks in found.items() if pks}


def _entries():
    """(word, content type id, object id) for every word in the title or body of every index entry."""
    entries = get_app_config().get_model("IndexEntry")._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"SELECT DISTINCT word, content_type_id, object_id FROM {entries}, "  # noqa: S608 (table names)
                f"unnest(tsvector_to_array(title || body)) AS word"
            )
        else:
            fts = get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.toolbox_search_words USING fts5vocab(main, {fts}, instance)"
            )
            cursor.execute(
                "SELECT DISTINCT words.term, entries.content_type_id, entries.object_id "  # noqa: S608 (table names)
                f"FROM temp.toolbox_search_words AS words JOIN {entries} AS entries ON entries.id = words.doc "
                "WHERE words.col IN ('title', 'body')"
            )
        return cursor.fetchall()


def _stemmed(terms):
    if not terms:
        return []
    found = _lexemes(get_search_backend().config, tuple(terms))
    return None if found is None else list(found)


@functools.lru_cache(maxsize=4096)
def _lexemes(config, terms):
    """The lexemes PostgreSQL makes of `terms` with `config`, as the backend asks for them.

    Stemming is a pure function of the configuration and the words, so each process asks once
    per set of words.
    """
    raw = " & ".join("'" + term.replace("'", "''").replace("\\", "\\\\") + "'" for term in terms)
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsquery(%s::regconfig, %s)::text", [config, raw])
        tsquery = cursor.fetchone()[0]
    lexemes = _LEXEMES.findall(tsquery)
    if _LEXEMES.sub("", tsquery).replace("&", "").strip():
        return None  # phrases (<->) or other operators: the backend knows best
    return tuple(lexeme.replace("''", "'") for lexeme in lexemes)
