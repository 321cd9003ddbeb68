"""How django-allauth fits this site: the visitor's address through trusted proxies, and Dutch e-mails."""

from allauth.account.adapter import DefaultAccountAdapter

from toolbox_site.security import client_ip


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request):
        # The same address the site's own rate limits and django-axes count (TRUSTED_PROXY_COUNT).
        return client_ip(request)
