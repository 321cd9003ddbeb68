"""The samenwerkingsovereenkomst: the draft's overview, its guided sections, adoption and the frozen versions.

Every member reads; members and kartrekkers write the draft; only kartrekkers adopt ("vaststellen") it.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect

from networks.access import member_required
from networks.models import WorkspaceRole
from networks.views.common import posted, render, status_for

from .. import agreement as services
from ..agreement_guide import GUIDE
from ..forms.agreement import ContributionsForm, SectionForm

READ_ONLY = "Als meelezer kun je de overeenkomst lezen, maar niet veranderen."


@member_required()
def agreement(request, membership):
    context = services.overview(membership.network)
    return render(request, membership, "plans/agreement.html", context, section="agreement")


def _after_saving(request, network, current):
    """ "Opslaan en verder" goes to the next section (the overview after the last); "Opslaan" stays."""
    if "verder" in request.POST:
        following = services.section_by_number(current.number + 1)
        if following is None:
            return redirect("plans:agreement", network.key)
        return redirect("plans:agreement_section", network.key, following.number)
    return redirect("plans:agreement_section", network.key, current.number)


@member_required()
def section(request, membership, number):
    """One step of the guided form: readable by every member, written by members and kartrekkers."""
    network = membership.network
    current = services.section_by_number(number)
    if current is None:
        raise Http404("Dit onderdeel van de overeenkomst bestaat niet.")
    if request.method == "POST" and not membership.can_edit:
        raise PermissionDenied(READ_ONLY)
    draft = services.get_draft(network)
    context = {
        "current": current,
        "sections": services.ALL_SECTIONS,
        "previous": services.section_by_number(number - 1),
        "following": services.section_by_number(number + 1),
        "explanation": GUIDE[current.slug][0],
        "questions": GUIDE[current.slug][1],
    }
    if current.is_partners:
        form = _contributions(request, membership, draft, context)
    else:
        form = _text(request, membership, draft, current, context)
    if request.method == "POST" and form is not None and form.is_valid():
        value = form.contributions() if current.is_partners else form.cleaned_data["text"]
        services.save_section(draft, current, value, membership)
        messages.success(request, f"‘{current.title}’ is opgeslagen in het concept.")
        return _after_saving(request, network, current)
    context["form"] = form
    return render(
        request, membership, "plans/agreement_section.html", context, section="agreement", status=status_for(form)
    )


def _text(request, membership, draft, current, context):
    saved = getattr(draft, current.field)
    context["saved"] = saved
    if not membership.can_edit:
        return None
    proposal = "" if saved or request.method == "POST" else services.proposal(membership.network, current)
    context["proposed"] = bool(proposal)
    return SectionForm(posted(request), section=current, proposed=bool(proposal), initial={"text": saved or proposal})


def _contributions(request, membership, draft, context):
    partners = services.partners_of(membership.network)
    context["partners"] = [(partner, services.contribution(draft, partner)) for partner in partners]
    if not membership.can_edit or not partners:
        return None
    return ContributionsForm(posted(request), partners=partners, contributions=draft.contributions or {})


@member_required(WorkspaceRole.KARTREKKER)
def adopt(request, membership):
    """GET: what would be frozen; POST: freeze it as the next version."""
    network = membership.network
    error = ""
    if request.method == "POST":
        try:
            adopted = services.adopt(network, membership)
        except services.NothingToAdopt as refused:
            error = str(refused)
        else:
            messages.success(
                request,
                f"Versie {adopted.number} van de samenwerkingsovereenkomst is vastgesteld. Deze versie verandert "
                "niet meer; wat jullie daarna aanpassen, wordt een volgende versie.",
            )
            return redirect("plans:agreement_version", network.key, adopted.number)
    context = services.overview(network)
    context["error"] = error
    context["next_number"] = context["latest"].number + 1 if context["latest"] else 1
    status = 400 if error else 200
    return render(request, membership, "plans/agreement_adopt.html", context, section="agreement", status=status)


@member_required()
def version(request, membership, number):
    network = membership.network
    found = network.agreement_versions.filter(number=number).first()
    if found is None:
        raise Http404("Deze versie van de overeenkomst bestaat niet.")
    newest = network.agreement_versions.order_by("-number").values_list("number", flat=True).first()
    context = {
        "version": found,
        "content": found.content,
        "filled": services.filled(found.content),
        "newest": newest,
    }
    return render(request, membership, "plans/agreement_version.html", context, section="agreement")
