"""How django-allauth fits this site: the visitor's address through trusted proxies, and labels in our words.

The screens are the site's own templates (templates/account/, templates/allauth/); the forms are
allauth's, with the labels and help a visitor reads here.
"""

from allauth.account import forms
from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context

from toolbox_site.security import client_ip

EMAIL_LABEL = "E-mailadres"
RULES_HELP = (
    "Minstens 8 tekens, niet alleen cijfers, geen veelgebruikt wachtwoord en niet te veel lijkend op je e-mailadres."
)
CODE_HELP = "De code uit de e-mail, bijvoorbeeld ABCD-EFGH. Hoofdletters of kleine letters maakt niet uit."


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request):
        # The same address the site's own rate limits and django-axes count (TRUSTED_PROXY_COUNT).
        return client_ip(request)

    def validation_error(self, code, *args):
        # allauth refuses a form past ACCOUNT_RATE_LIMITS (such as codes asked for one e-mail address)
        # with a field error; the request is marked so the answer is a 429 like the site's other limits,
        # with the form and its message kept (networks.middleware).
        if code == "too_many_login_attempts" and context.request is not None:
            context.request.rate_limited = True
        return super().validation_error(code, *args)


def _email_field(form, name, help_text=""):
    field = form.fields[name]
    field.label = EMAIL_LABEL
    field.help_text = help_text
    field.widget.attrs.pop("placeholder", None)  # the label says it; a placeholder would only repeat it


class SignupForm(forms.SignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _email_field(self, "email", "We sturen je een code om het te bevestigen.")
        password = self.fields["password1"]
        password.label = "Wachtwoord"
        password.help_text = (
            "Niet nodig: zonder wachtwoord log je in met een code per e-mail. Kies je er wel een "
            "(minstens 8 tekens, niet alleen cijfers), dan kan inloggen met allebei."
        )
        password.widget.attrs.pop("placeholder", None)


class LoginForm(forms.LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _email_field(self, "login")
        self.fields["password"].widget.attrs.pop("placeholder", None)
        self.fields["remember"].label = "Ingelogd blijven op dit apparaat"


class RequestLoginCodeForm(forms.RequestLoginCodeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _email_field(self, "email")


class ConfirmLoginCodeForm(forms.ConfirmLoginCodeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = CODE_HELP
        self.fields["code"].widget.attrs.pop("placeholder", None)


class ConfirmEmailVerificationCodeForm(forms.ConfirmEmailVerificationCodeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = CODE_HELP
        self.fields["code"].widget.attrs.pop("placeholder", None)


def _new_password_fields(form):
    """Django's password rules as one plain sentence (its own help is a list, which a paragraph cannot hold)."""
    form.fields["password1"].help_text = RULES_HELP
    form.fields["password1"].label = "Nieuw wachtwoord"
    form.fields["password2"].label = "Nieuw wachtwoord, nog een keer"
    for name in ("password1", "password2"):
        form.fields[name].widget.attrs.pop("placeholder", None)


class SetPasswordForm(forms.SetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _new_password_fields(self)


class ChangePasswordForm(forms.ChangePasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _new_password_fields(self)
        self.fields["oldpassword"].label = "Je huidige wachtwoord"
        self.fields["oldpassword"].widget.attrs.pop("placeholder", None)


class ResetPasswordKeyForm(forms.ResetPasswordKeyForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _new_password_fields(self)
