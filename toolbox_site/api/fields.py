"""How the open data API writes a value: labels as slug and name, related pages as links, absolute URLs."""

from rest_framework import serializers


class ReadOnly(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)


class HtmlUrl(ReadOnly):
    """The page's absolute URL on the site."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return page.get_full_url(self.context["request"])


class Choice(ReadOnly):
    """A fixed choice (tools.choices) as {"slug", "name"}."""

    def __init__(self, choices, **kwargs):
        self.names = dict(choices.choices)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return {"slug": value, "name": self.names.get(value, value)}


def _term(obj):
    return {"slug": obj.slug, "name": obj.name}


def _phase(phase):
    return {"slug": phase.slug, "name": phase.short_name, "number": phase.number}


class Phase(ReadOnly):
    def to_representation(self, phase):
        return _phase(phase)


class Phases(ReadOnly):
    def to_representation(self, manager):
        return [_phase(phase) for phase in manager.all()]


class Terms(ReadOnly):
    """Roles or themes (prefetched) as [{"slug", "name"}, ...] in their editors' order."""

    def to_representation(self, manager):
        return [_term(term) for term in manager.all()]


class Factors(ReadOnly):
    def to_representation(self, manager):
        return [{**_term(factor), "aspect": _term(factor.aspect)} for factor in manager.all()]


class PageLinks(ReadOnly):
    """Related live pages (prefetched) as [{"id", "title", "html_url"}, ...]."""

    def to_representation(self, manager):
        request = self.context["request"]
        return [{"id": page.pk, "title": page.title, "html_url": page.get_full_url(request)} for page in manager.all()]


class Texts(ReadOnly):
    """A StreamField of plain text blocks (questions, lessons) as a list of strings."""

    def to_representation(self, stream):
        return [str(block.value) for block in stream]


class StatusUpdates(ReadOnly):
    def to_representation(self, manager):
        return [{"date": update.date.isoformat(), "text": update.text} for update in manager.all()]


class DocumentUrl(ReadOnly):
    def to_representation(self, document):
        return self.context["request"].build_absolute_uri(document.url)
