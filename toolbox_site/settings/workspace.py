"""Settings of the network workspace (networks) and its accounts (django-allauth); base.py takes them in."""

from .env import env_int, env_str

# Accounts for the network workspace (django-allauth, networks/accounts.py), apart from the
# editors' admin login: sign up with only an e-mail address (a password may be given, or set
# later), confirmed by an e-mailed code; sign in with an e-mailed code, or with the password.
# Its rate limits count per address and per e-mail address ("key") in the default cache.
ACCOUNT_ADAPTER = "networks.accounts.AccountAdapter"
ACCOUNT_FORMS = {
    name: f"networks.accounts.{form}"
    for name, form in [
        ("signup", "SignupForm"),
        ("login", "LoginForm"),
        ("request_login_code", "RequestLoginCodeForm"),
        ("confirm_login_code", "ConfirmLoginCodeForm"),
        ("confirm_email_verification_code", "ConfirmEmailVerificationCodeForm"),
        ("set_password", "SetPasswordForm"),
        ("change_password", "ChangePasswordForm"),
        ("reset_password_from_key", "ResetPasswordKeyForm"),
    ]
}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1"]  # a password is optional; without one, codes only
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_EMAIL_VERIFICATION_SUPPORTS_RESEND = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_SUPPORTS_RESEND = True
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 10 * 60  # time to switch to the mail app on a phone and back
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Wijknetwerk Toolbox: "
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_RATE_LIMITS = {
    "login": env_str("ACCOUNT_LOGIN_RATE", "30/m/ip"),
    "login_failed": env_str("ACCOUNT_LOGIN_FAILED_RATE", "10/m/ip,5/5m/key"),
    "signup": env_str("ACCOUNT_SIGNUP_RATE", "20/h/ip"),
    "request_login_code": env_str("ACCOUNT_LOGIN_CODE_RATE", "20/h/ip,3/15m/key"),
    "confirm_email": env_str("ACCOUNT_CONFIRM_EMAIL_RATE", "1/30s/key"),
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "networks:index"

# The workspace (networks): how long a network nobody signs in to is kept (a month before, its
# kartrekkers are warned), and how many invitations one address may send in an hour and one
# e-mail address may receive in a day.
NETWORK_RETENTION_MONTHS = env_int("NETWORK_RETENTION_MONTHS", 24)
NETWORK_INVITATION_RATE_LIMITS = {
    "address": (env_int("NETWORK_INVITATIONS_PER_HOUR", 20), 3600),
    "email": (env_int("NETWORK_INVITATIONS_PER_EMAIL_PER_DAY", 3), 86400),
}
