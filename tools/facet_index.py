"""An in-memory facet index of a listing: one bitset per choice, so counting never scans a table.

Bit i stands for the i-th live page of the listing in title order. Filtering is AND/OR on Python
integers and a count is `int.bit_count()`, whatever the number of pages. Each process builds the
index in a few queries and keeps it until the listings' content version changes (see
tools.models.version); checking that costs one small query per request.
"""

import threading
from dataclasses import dataclass

from .models.version import ContentVersion

_lock = threading.Lock()
_indexes = {}


@dataclass
class FacetIndex:
    pks: list  # in title order
    titles: list  # lowercased, same order
    masks: dict  # facet param -> {slug: bitset}
    everything: int

    @classmethod
    def build(cls, queryset, facets):
        rows = list(queryset.order_by("title", "pk").values_list("pk", "title"))
        position = {pk: i for i, (pk, _) in enumerate(rows)}
        masks = {}
        for facet in facets:
            bits = {}
            pairs = queryset.model.objects.filter(pk__in=queryset.values("pk")).values_list("pk", facet.lookup)
            for pk, value in pairs:
                if value is not None and pk in position:
                    bits[value] = bits.get(value, 0) | (1 << position[pk])
            masks[facet.param] = bits
        return cls(
            pks=[pk for pk, _ in rows],
            titles=[title.lower() for _, title in rows],
            masks=masks,
            everything=(1 << len(rows)) - 1,
        )

    @classmethod
    def for_listing(cls, key, queryset, facets):
        """The index of `queryset` for the current content version, built at most once per version."""
        token = ContentVersion.current()
        with _lock:
            cached = _indexes.get(key)
        if cached is not None and cached[0] == token:
            return cached[1]
        index = cls.build(queryset, facets)
        with _lock:
            _indexes[key] = (token, index)
        return index

    def mask_of(self, param, values):
        """Pages with any of `values` for the facet `param` (OR within a facet)."""
        bits = 0
        for value in values:
            bits |= self.masks[param].get(value, 0)
        return bits

    def mask_of_pks(self, pks):
        position = {pk: i for i, pk in enumerate(self.pks)}
        bits = 0
        for pk in pks:
            if pk in position:
                bits |= 1 << position[pk]
        return bits

    @staticmethod
    def positions(mask):
        """The set bits of `mask`, lowest (first in title order) first."""
        binary = bin(mask)[:1:-1]  # reversed binary digits: index i is bit i
        return [i for i, digit in enumerate(binary) if digit == "1"]
