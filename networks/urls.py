"""The workspace's addresses, under /netwerk/ (toolbox_site.urls). Every one is private (networks.middleware)."""

from django.urls import path

from .views import members, network, partners, progress, team_scans

app_name = "networks"

urlpatterns = [
    path("", network.index, name="index"),
    path("nieuw/", network.create, name="create"),
    path("account-verwijderen/", network.delete_account, name="delete_account"),
    path("uitnodiging/<str:token>/", members.accept, name="accept_invitation"),
    path("<str:key>/", network.overview, name="overview"),
    path("<str:key>/gegevens/", network.edit, name="edit"),
    path("<str:key>/download/", network.download, name="download"),
    path("<str:key>/verlaten/", network.leave, name="leave"),
    path("<str:key>/verwijderen/", network.delete, name="delete"),
    path("<str:key>/stappen/", progress.steps, name="steps"),
    path("<str:key>/stappen/<int:pk>/", progress.step, name="step"),
    path("<str:key>/aan-tafel/", partners.partners, name="partners"),
    path("<str:key>/aan-tafel/toevoegen/", partners.add, name="partner_add"),
    path("<str:key>/aan-tafel/<int:pk>/", partners.edit, name="partner_edit"),
    path("<str:key>/aan-tafel/<int:pk>/verwijderen/", partners.delete, name="partner_delete"),
    path("<str:key>/leden/", members.members, name="members"),
    path("<str:key>/leden/uitnodigen/", members.invite, name="invite"),
    path("<str:key>/leden/mijn-gegevens/", members.profile, name="profile"),
    path("<str:key>/leden/<int:pk>/rol/", members.change_role, name="change_role"),
    path("<str:key>/leden/<int:pk>/verwijderen/", members.remove, name="remove_member"),
    path("<str:key>/uitnodigingen/<int:pk>/intrekken/", members.revoke, name="revoke_invitation"),
    path("<str:key>/teamscans/", team_scans.team_scans, name="team_scans"),
    path("<str:key>/teamscans/starten/", team_scans.start, name="start_round"),
    path("<str:key>/teamscans/<int:pk>/", team_scans.team_round, name="team_round"),
]
