from django.apps import AppConfig


class NetworksConfig(AppConfig):
    name = "networks"
    verbose_name = "Netwerkplekken"

    def ready(self):
        from . import signals

        signals.connect()
