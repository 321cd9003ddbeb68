"""What every workspace page shares: rendering in the workspace layout, with the right status code."""

from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme


def render(request, membership, template, context=None, *, section="", status=200):
    """A workspace page of `membership`'s network; `section` marks the current item of the workspace menu."""
    network = membership.network
    full = {"membership": membership, "network": network, "section": section, **(context or {})}
    return TemplateResponse(request, template, full, status=status)


def posted(request):
    """The form data of a POST (even an empty one, which must fail as a form), or None for a GET."""
    return request.POST if request.method == "POST" else None


def status_for(*forms):
    """400 when a posted form has errors, so a failed form is never mistaken for a success."""
    return 400 if any(form is not None and form.is_bound and form.errors for form in forms) else 200


def safe_next(request, fallback):
    """Where to go after a form sent from another page (a step page): only ever a page of this site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback
