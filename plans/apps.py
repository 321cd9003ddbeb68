from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "plans"
    verbose_name = "Plannen en afspraken"

    def ready(self):
        from networks.export import register_part

        from . import download

        register_part("plan_van_aanpak", download.plan_data)
        register_part("samenwerkingsovereenkomst", download.agreement_data)
        register_part("jaarritme", download.rhythm_data)
