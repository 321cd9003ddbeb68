"""Zelfscans: scans editors compose as pages, and the anonymous answers visitors give."""

from .answers import ScanResponse, ScanVersion, TeamRound
from .pages import ScanIndexPage, ScanPage

__all__ = ["ScanIndexPage", "ScanPage", "ScanResponse", "ScanVersion", "TeamRound"]
