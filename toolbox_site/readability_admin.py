"""The readability check in Wagtail's admin: the panel in the page editor."""

from wagtail.admin.panels import Panel

from . import readability


class ReadabilityPanel(Panel):
    """Scores the saved texts of both versions of the page being edited (toolbox_site.readability)."""

    @property
    def clean_name(self):
        return super().clean_name or "readability"

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtailadmin/panels/readability_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["target"] = readability.TARGET
            context["versions"] = [
                ("Gewone versie", page.readability(simple=False) if page.pk else None),
                ("Eenvoudige versie", page.readability(simple=True) if page.pk else None),
            ]
            return context
