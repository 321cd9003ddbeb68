"""Reading the search term `q` from a query string, the same way in the finders and in /zoeken/."""

import re

SEARCH_PARAM = "q"
MAX_QUERY_LENGTH = 100
# Only letters, digits and spaces reach the search backend: quotes, operators and control
# characters (NUL above all) have a meaning, or break the query, in SQLite FTS5 and PostgreSQL.
_NOT_A_WORD = re.compile(r"[\W_]+")


def read_query(params, max_length=MAX_QUERY_LENGTH):
    """The cleaned search term and a Dutch note for the visitor when it had to be shortened."""
    raw = " ".join(params.getlist(SEARCH_PARAM))
    query = _NOT_A_WORD.sub(" ", raw).strip()
    if len(query) > max_length:
        return query[:max_length].strip(), f"De zoekterm was te lang en is ingekort tot {max_length} tekens."
    return query, None
