"""An in-memory index of a listing: its result cards and one bitset per facet choice.

Bit i stands for the i-th live page of the listing in title order (its card is `cards[i]`).
Filtering is AND/OR on Python integers and a count is `int.bit_count()`, whatever the number of
pages; a page of results is a slice of `cards`. Each process builds the index in a few queries
and keeps it until the listings' content version changes (see toolbox_site.content_version); checking
that costs one small query per request.
"""

from dataclasses import dataclass
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.db import connection

from toolbox_site.content_version import built_for_current_version
from toolbox_site.word_index import WordIndex


@dataclass
class FacetIndex:
    cards: list  # tools.cards.Card, in title order
    titles: list  # the cards' titles, lowercased, for ranking search results
    options: dict  # facet param -> [(slug, label), ...] in display order
    masks: dict  # facet param -> {slug: bitset}
    everything: int

    model: type

    @classmethod
    def build(cls, model, facets):
        pages = model.objects.for_listing()
        cards = model.listing_cards(pages)
        position = {card.pk: i for i, card in enumerate(cards)}
        masks = {}
        for facet in facets:
            bits = {}
            # The pk subquery keeps the public() exclusion from multiplying the joined rows.
            pairs = model.objects.filter(pk__in=pages.values("pk")).values_list("pk", facet.lookup)
            for pk, value in pairs:
                if value is not None and pk in position:
                    bits[value] = bits.get(value, 0) | (1 << position[pk])
            masks[facet.param] = bits
        return cls(
            cards=cards,
            titles=[card.title.lower() for card in cards],
            options={facet.param: list(facet.options()) for facet in facets},
            masks=masks,
            everything=(1 << len(cards)) - 1,
            model=model,
        )

    @classmethod
    def for_listing(cls, model, facets):
        """The index of `model`'s listing for the current content version, built once per version."""
        key = ("facet index", connection.alias, model._meta.label)
        return built_for_current_version(key, lambda: cls.build(model, facets))

    def mask_of(self, param, values):
        """Pages with any of `values` for the facet `param` (OR within a facet)."""
        bits = 0
        for value in values:
            bits |= self.masks[param].get(value, 0)
        return bits

    @cached_property
    def position(self):
        return {card.pk: i for i, card in enumerate(self.cards)}

    def mask_of_pks(self, pks):
        """The pages among `pks` as a bitset (pks not in the listing are left out)."""
        bitmap = bytearray(len(self.cards) // 8 + 1)
        position = self.position
        for pk in pks:
            i = position.get(pk)
            if i is not None:
                bitmap[i >> 3] |= 1 << (i & 7)
        return int.from_bytes(bitmap, "little")

    @cached_property
    def word_masks(self):
        """Search word -> the pages of this listing that contain it (see toolbox_site.word_index)."""
        kind = ContentType.objects.get_for_model(self.model).pk
        postings = WordIndex.current().postings
        return {word: self.mask_of_pks(by_kind[kind]) for word, by_kind in postings.items() if kind in by_kind}

    def mask_of_words(self, words):
        """The pages that contain every one of `words` (none when there are no words to look for)."""
        if not words:
            return 0
        mask = self.everything
        for word in words:
            mask &= self.word_masks.get(word, 0)
        return mask

    def title_mask(self, fragment):
        """Pages whose (lowercased) title contains `fragment`."""
        bitmap = bytearray(len(self.titles) // 8 + 1)
        for i, title in enumerate(self.titles):
            if fragment in title:
                bitmap[i >> 3] |= 1 << (i & 7)
        return int.from_bytes(bitmap, "little")

    @staticmethod
    def positions(mask):
        """The set bits of `mask`, lowest (first in title order) first."""
        binary = bin(mask)[:1:-1]  # reversed binary digits: index i is bit i
        return [i for i, digit in enumerate(binary) if digit == "1"]
