"""What every section of the site shares: one index page directly under the home page.

The roadmap, the toolbox, the stories, the success factors and the zelfscans are each one page
under home, with an intro, and an item in the header navigation. Each app subclasses
`SectionPage` and says how its section is named in `navigation`; the header is made from the
live children of the site's root page that declare one (toolbox_site.context_processors), so
the base never names an app's page.
"""

from dataclasses import dataclass

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from .querysets import PublicPageManager

INTRO_HELP = "Een korte inleiding van twee tot vier zinnen, bovenaan de pagina."


@dataclass(frozen=True)
class Navigation:
    """A section's item in the header: a stable key (for links such as `sections.toolbox`), label and line."""

    key: str
    label: str
    description: str
    order: int


class SectionPage(Page):
    intro = models.TextField("inleiding", help_text=INTRO_HELP)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    # The site's root page. A label, not an import: the base knows no app's models.
    parent_page_types = ["home.HomePage"]
    max_count = 1

    navigation: Navigation | None = None

    objects = PublicPageManager()

    class Meta:
        abstract = True
