"""Settings shared by every environment. Everything that differs comes from the environment."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from .env import env_bool, env_int, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = env_bool("DJANGO_DEBUG", False)

INSTALLED_APPS = [
    "toolbox_site",
    "home",
    "phases",
    "tools",
    "scans",
    "networks",
    "plans",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "django.forms",
    "rest_framework",
    "csp",
    "axes",
]

# The open data API (toolbox_site.api) is read-only and public: JSON only (the browsable API's
# inline scripts would break the CSP) and no authentication (no password guessing through it).
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "URL_FORMAT_OVERRIDE": None,  # ?format= is not a parameter of ours: 400 like any other
}

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "toolbox_site.csp.AdminStylesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "toolbox_site.content_version.ContentVersionMiddleware",
    "toolbox_site.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "networks.middleware.PrivateWorkspaceMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

# Logins: after AXES_FAILURE_LIMIT wrong passwords for one user name from one address, that pair
# is locked out for AXES_COOLOFF_MINUTES (django-axes); a good login clears the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",  # editors in /admin/, by user name
    "allauth.account.auth_backends.AuthenticationBackend",  # workspace accounts, by e-mail address
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "toolbox_site.security.lockout"
AXES_USERNAME_CALLABLE = "toolbox_site.security.login_name"
AXES_CLIENT_IP_CALLABLE = "toolbox_site.security.client_ip"
# How many reverse proxies (load balancers) in front of the site append to X-Forwarded-For.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Content-Security-Policy (django-csp): the site runs only its own scripts, styles, images and
# fonts, and none inline; the admin relaxes inline scripts and styles (see toolbox_site/csp.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# The cache: local memory per process, or Redis shared by every process with REDIS_URL. A Redis
# that is down or slow is logged and passed by (pages are then made afresh), never an error.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "toolbox",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "toolbox"}}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
# Seconds an anonymous visitor's page is kept (toolbox_site.page_cache); 0 switches it off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)

ROOT_URLCONF = "toolbox_site.urls"
WSGI_APPLICATION = "toolbox_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "toolbox_site.context_processors.navigation",
                "home.context_processors.site_settings",
            ],
        },
    },
]

# Widgets render through TEMPLATES, so templates/wagtailadmin/widgets/ can replace Wagtail's
# inline-script date pickers (toolbox_site.admin_scripts).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# SQLite next to the project unless DATABASE_URL names another database (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploaded media in an S3-compatible bucket (django-storages), shared by every server, when
# MEDIA_S3_BUCKET is set; credentials come from the usual AWS_* variables or the machine's role.
MEDIA_S3_BUCKET = env_str("MEDIA_S3_BUCKET")
if MEDIA_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": env_str("MEDIA_S3_ENDPOINT_URL"),  # e.g. MinIO or a Dutch cloud's S3
            "region_name": env_str("MEDIA_S3_REGION"),
            "custom_domain": env_str("MEDIA_S3_CUSTOM_DOMAIN"),
            "default_acl": None,
            "querystring_auth": env_bool("MEDIA_S3_SIGNED_URLS", False),
            "file_overwrite": False,
        },
    }

# Complex page forms (StreamFields, inline panels) can exceed Django's default of 1000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Wijknetwerk Toolbox"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands")]
WAGTAIL_USER_EDITING_ADMIN_LANGUAGE = False
# The admin would ask releases.wagtail.org for new versions from the editor's browser: no outside calls.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Nor load editors' avatars from gravatar.com (it would tell that service who uses the admin).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_USER_LOGIN_FORM = "toolbox_site.admin_forms.LoginForm"

# On PostgreSQL the database backend stems Dutch words ("samenwerken" finds "samenwerking").
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "dutch",
    }
}

WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]

TAGGIT_CASE_INSENSITIVE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    # Background tasks run inline (immediate backend); their per-task lines are noise, as are
    # WeasyPrint's "Step 1 - …" lines for every PDF export.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail.tasks": {"level": "WARNING"},
        "weasyprint.progress": {"level": "WARNING"},
    },
}

# Zelfscans: how long answers and team rounds are kept (delete_expired_scan_answers removes them
# after that), and how often one address may start a scan or send a screen of answers.
SCAN_RETENTION_DAYS = env_int("SCAN_RETENTION_DAYS", 365)
SCAN_RATE_LIMITS = {
    "start": (env_int("SCAN_STARTS_PER_HOUR", 30), 3600),
    "answer": (env_int("SCAN_ANSWERS_PER_10_MINUTES", 300), 600),
}
# The comparison with other networks (scans.comparison): a team round counts from this many
# respondents, and a figure is shown only when this many networks are in it.
COMPARISON_MIN_RESPONDENTS = env_int("COMPARISON_MIN_RESPONDENTS", 3)
COMPARISON_MIN_NETWORKS = env_int("COMPARISON_MIN_NETWORKS", 5)

# "Deel jouw praktijkverhaal" (tools.submissions): the fewest seconds a person takes to fill in
# the form, and how many stories one address may send in an hour.
STORY_FORM_MIN_SECONDS = env_int("STORY_FORM_MIN_SECONDS", 5)
STORY_SUBMISSIONS_PER_HOUR = env_int("STORY_SUBMISSIONS_PER_HOUR", 5)

# The network workspace and its accounts (django-allauth) have settings of their own.
from .workspace import *  # noqa: E402, F403
