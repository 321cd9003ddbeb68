"""The toolbox: tools, practice stories and the taxonomies (roles, themes, tags) they carry."""

from .story import PracticeStoryPage, StoryStatusUpdate
from .story_index import StoryIndexPage
from .submission import StorySubmission
from .taxonomy import Role, StoryTag, Theme, ToolTag
from .tool import ToolIndexPage, ToolPage

__all__ = [
    "PracticeStoryPage",
    "Role",
    "StoryIndexPage",
    "StoryStatusUpdate",
    "StorySubmission",
    "StoryTag",
    "Theme",
    "ToolIndexPage",
    "ToolPage",
    "ToolTag",
]
