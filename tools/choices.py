"""Fixed choice lists of tools and stories; their values are the slugs in finder URLs."""

from django.db import models


class ToolType(models.TextChoices):
    METHOD = "methodiek", "Methodiek"
    GUIDE = "handreiking", "Handreiking"
    QUESTIONNAIRE = "vragenlijst", "Vragenlijst of scan"
    FORMAT = "format", "Format of checklist"
    WORK_FORM = "werkvorm", "Werkvorm"
    FILM = "film", "Film"
    REPORT = "rapport", "Rapport"
    WEBSITE = "website", "Website"


class Province(models.TextChoices):
    GRONINGEN = "groningen", "Groningen"
    FRIESLAND = "friesland", "Friesland"
    DRENTHE = "drenthe", "Drenthe"
    OVERIJSSEL = "overijssel", "Overijssel"
    FLEVOLAND = "flevoland", "Flevoland"
    GELDERLAND = "gelderland", "Gelderland"
    UTRECHT = "utrecht", "Utrecht"
    NOORD_HOLLAND = "noord-holland", "Noord-Holland"
    ZUID_HOLLAND = "zuid-holland", "Zuid-Holland"
    ZEELAND = "zeeland", "Zeeland"
    NOORD_BRABANT = "noord-brabant", "Noord-Brabant"
    LIMBURG = "limburg", "Limburg"


class Setting(models.TextChoices):
    CITY = "stad", "Stad of stadswijk"
    VILLAGE = "dorp", "Dorp"
    REGION = "regio", "Meerdere dorpen of een regio"


class Status(models.TextChoices):
    ACTIVE = "actief", "Actief"
    STOPPED = "gestopt", "Gestopt"
