"""The toolbox's forms: the admin page forms (admin) and the public "Deel jouw praktijkverhaal" form.

Only the admin forms are imported here, because the page models import them. The share form
needs those models itself, so it is imported from its own module: tools.forms.share_story.
"""

from .admin import PracticeStoryPageForm, RequiredLabelsForm, ToolPageForm

__all__ = ["PracticeStoryPageForm", "RequiredLabelsForm", "ToolPageForm"]
