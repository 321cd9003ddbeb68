"""An editor-only panel on a story that came in through the site: who sent it and how to reach them."""

from django.core.exceptions import ObjectDoesNotExist
from wagtail.admin.panels import Panel


class SubmissionPanel(Panel):
    """Shows the sender's contact address and what they wrote; absent on stories editors made."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "tools/admin/submission_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            try:
                self.submission = self.instance.submission if self.instance.pk else None
            except ObjectDoesNotExist:
                self.submission = None

        def is_shown(self):
            return self.submission is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["submission"] = self.submission
            return context
