"""The roadmap: the roadmap, phase and step pages, and the success factors they refer to."""

from .pages import PhasePage, RoadmapPage, StepPage, SuccessFactorsPage
from .snippets import SuccessAspect, SuccessFactor

__all__ = ["PhasePage", "RoadmapPage", "StepPage", "SuccessAspect", "SuccessFactor", "SuccessFactorsPage"]
