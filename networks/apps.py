from django.apps import AppConfig


class NetworksConfig(AppConfig):
    name = "networks"
    verbose_name = "Netwerkplekken"

    def ready(self):
        from scans import comparison_entries

        from . import signals
        from .team_scans import owner_of_team

        signals.connect()
        comparison_entries.register_team_owner(owner_of_team)
