"""Zelfscans: scans editors compose as pages, and the anonymous answers visitors give."""

from .answers import ScanResponse, ScanVersion, TeamRound
from .comparison import ComparisonEntry
from .pages import Ambition, ScanIndexPage, ScanPage

__all__ = ["Ambition", "ComparisonEntry", "ScanIndexPage", "ScanPage", "ScanResponse", "ScanVersion", "TeamRound"]
