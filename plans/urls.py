"""The plan, the agreement and the yearly rhythm of a network, under /netwerk/<key>/ (toolbox_site.urls).

Every address is private like the rest of the workspace (networks.middleware: the /netwerk/ prefix),
and every view checks membership and role (networks.access.member_required).
"""

from django.urls import path

from .views import agreement, downloads, plan, rhythm, year

app_name = "plans"

urlpatterns = [
    path("<str:key>/plan/", plan.plan, name="plan"),
    path("<str:key>/plan/nieuw/", plan.add, name="action_add"),
    path("<str:key>/plan/<int:pk>/", plan.edit, name="action_edit"),
    path("<str:key>/plan/<int:pk>/status/", plan.status, name="action_status"),
    path("<str:key>/plan/<int:pk>/verwijderen/", plan.delete, name="action_delete"),
    path("<str:key>/plan/plan-van-aanpak.docx", downloads.plan_docx, name="plan_docx"),
    path("<str:key>/plan/plan-van-aanpak.pdf", downloads.plan_pdf, name="plan_pdf"),
    path("<str:key>/overeenkomst/", agreement.agreement, name="agreement"),
    path("<str:key>/overeenkomst/onderdeel/<int:number>/", agreement.section, name="agreement_section"),
    path("<str:key>/overeenkomst/vaststellen/", agreement.adopt, name="agreement_adopt"),
    path("<str:key>/overeenkomst/versie/<int:number>/", agreement.version, name="agreement_version"),
    path(
        "<str:key>/overeenkomst/versie/<int:number>/samenwerkingsovereenkomst.docx",
        downloads.agreement_docx,
        name="agreement_docx",
    ),
    path(
        "<str:key>/overeenkomst/versie/<int:number>/samenwerkingsovereenkomst.pdf",
        downloads.agreement_pdf,
        name="agreement_pdf",
    ),
    path("<str:key>/jaarritme/", rhythm.rhythm, name="rhythm"),
    path("<str:key>/herinneringen/", rhythm.reminders, name="reminders"),
    path("<str:key>/jaar-in-beeld/", year.years, name="years"),
    path("<str:key>/jaar-in-beeld/<int:year>/", year.year, name="year"),
    path("<str:key>/jaar-in-beeld/<int:year>/jaar-in-beeld.docx", downloads.year_docx, name="year_docx"),
    path("<str:key>/jaar-in-beeld/<int:year>/jaar-in-beeld.pdf", downloads.year_pdf, name="year_pdf"),
]
