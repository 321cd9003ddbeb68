"""The base of the two finder pages: an index page that lists its one kind of child page."""

from django.apps import apps

from toolbox_site.pages import SectionPage

from ..finder import Finder


class FinderIndexPage(SectionPage):
    """A section page whose listing is the faceted finder over its children.

    Subclasses name the listed model (which makes the result cards, see tools.cards), its
    facets, the noun for the result count and the label of the search field.
    """

    listed_model = ""  # "app_label.ModelName"
    facets = ()
    noun = ("resultaat", "resultaten")
    search_label = "Zoeken"

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        # Wagtail gives every page class its own default template; both finder pages share one.
        return "tools/finder_index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        model = apps.get_model(self.listed_model)
        context.update(Finder(model, self.facets, request.GET, noun=self.noun).context(request))
        return context
