"""The site's URLs plus /bench/ok/, the bare Django view every page is measured against."""

from django.http import HttpResponse
from django.urls import include, path


def ok(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/ok/", ok), path("", include("toolbox_site.urls"))]
