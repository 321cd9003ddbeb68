"""What the zelfscans' comparison asks of the workspace: whose is a scan team (scans.comparison_entries)."""

from scans.comparison_entries import TeamOwner

from .models import NetworkTeam


def owner_of_team(team):
    """The network of a team started in a workspace: it counts once, whatever number of teams it has.

    Its facts (phase, setting, province) fill in the opt-in form; a team outside a workspace has none."""
    network_team = NetworkTeam.objects.select_related("network__current_phase").filter(team=team).first()
    if network_team is None:
        return None
    network = network_team.network
    facts = {"omgeving": network.setting, "provincie": network.province}
    if network.current_phase is not None:
        facts["fase"] = network.current_phase.number
    return TeamOwner(f"netwerk-{network.pk}", facts)
