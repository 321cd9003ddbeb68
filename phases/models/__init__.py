"""The roadmap: the roadmap, phase and step pages, and the success factors they refer to."""

from .pages import PhasePage, RoadmapPage, StepPage
from .snippets import SuccessAspect, SuccessFactor
from .success_factors import SuccessFactorsPage

__all__ = ["PhasePage", "RoadmapPage", "StepPage", "SuccessAspect", "SuccessFactor", "SuccessFactorsPage"]
