"""The private workspace of a network: its facts, members, invitations, progress, partners and team scans."""

from .invitation import Invitation
from .network import Membership, Network, WorkspaceRole
from .partners import NeededRole, Partner
from .progress import StepStatus, StepStatusChange
from .team_scans import NetworkTeam

__all__ = [
    "Invitation",
    "Membership",
    "NeededRole",
    "Network",
    "NetworkTeam",
    "Partner",
    "StepStatus",
    "StepStatusChange",
    "WorkspaceRole",
]
