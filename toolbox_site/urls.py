from django.conf import settings
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.views import search
from toolbox_site.api import api_router
from toolbox_site.views import healthz
from tools.feeds import NewStoriesFeed, NewToolsFeed

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("zoeken/", search, name="search"),
    # The private workspace of a network and the accounts it needs (README, "Onze netwerkplek").
    path("netwerk/", include("networks.urls")),
    path("netwerk/", include("plans.urls")),
    path("account/", include("allauth.urls")),
    # Open data for other sites and for search engines (README, "Open data").
    path("api/v2/vergelijking/", include("scans.api")),
    path("api/v2/", api_router.urls),
    path("feeds/tools/", NewToolsFeed(), name="feed-tools"),
    path("feeds/praktijkverhalen/", NewStoriesFeed(), name="feed-stories"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain"), name="robots"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
