"""The visitor's "Deel jouw praktijkverhaal" pages, routed by the stories index (tools.StoryIndexPage)."""

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from toolbox_site import ratelimit

from .forms.share_story import ShareStoryForm
from .submissions import create_draft_story

FORM_TEMPLATE = "tools/share_story.html"

# Why a sent form was not taken, said to the visitor above the form they filled in.
REFUSALS = {
    "too_soon": (
        400,
        "Dat ging wel erg snel",
        "Om automatische inzendingen te weren, nemen we een formulier pas aan als het een paar seconden "
        "open heeft gestaan. Alles wat je invulde staat er nog: controleer het en verstuur het opnieuw.",
    ),
    "too_many": (
        429,
        "Even wachten",
        "Vanaf jouw internetadres kwamen in het afgelopen uur al veel verhalen binnen. Alles wat je invulde "
        "staat er nog; verstuur het over een uur opnieuw, of mail het verhaal naar de redactie.",
    ),
}


def _form_page(request, index, form, *, status=200, refusal=None):
    context = {
        "page": index,
        "form": form,
        "refusal": refusal,
        # The form is a page of its own, not a copy of the stories listing it belongs to.
        "canonical_url": index.get_full_url(request) + index.reverse_subpage("share_story"),
        "meta_description": "Vertel andere wijknetwerken hoe jullie netwerk begon, wat werkte en wat niet. "
        "De redactie leest elk verhaal voordat het online komt.",
    }
    return TemplateResponse(request, FORM_TEMPLATE, context, status=status)


@never_cache
def share_story(request, index):
    if request.method == "GET":
        return _form_page(request, index, ShareStoryForm())
    if request.method != "POST":
        return _form_page(request, index, ShareStoryForm(), status=405)
    form = ShareStoryForm(request.POST)
    if not form.is_valid():
        return _form_page(request, index, form, status=400)
    if form.sent_too_soon():
        status, title, text = REFUSALS["too_soon"]
        return _form_page(request, index, form, status=status, refusal=(title, text))
    if ratelimit.exceeded(request, "story-submission", settings.STORY_SUBMISSIONS_PER_HOUR, 3600):
        status, title, text = REFUSALS["too_many"]
        return _form_page(request, index, form, status=status, refusal=(title, text))
    create_draft_story(index, form)
    return redirect(index.url + index.reverse_subpage("share_story_thanks"))


def share_story_thanks(request, index):
    return TemplateResponse(request, "tools/share_story_thanks.html", {"page": index})
