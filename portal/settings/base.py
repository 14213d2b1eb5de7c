"""Settings shared by every environment. Anything secret or host-specific is read from the environment."""

from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

from .env import env, env_bool, env_int

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False

INSTALLED_APPS = [
    # Project apps first, so that our Norwegian wording wins over the libraries' own.
    "portal",
    "portal.accounts",
    "portal.org",
    "portal.privacy",
    "portal.minside",
    "volunteers",
    "volunteers.participants",
    "volunteers.matching",
    "volunteers.hours",
    "training",
    "cms",
    "notifications",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_q",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
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
    "django.contrib.humanize",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cms.page_cache.AnonymousPageCacheMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.language.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.cache_headers.NoStoreForPersonalPagesMiddleware",
    "portal.accounts.middleware.StaffMustUseMFAMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "portal.redis_cache.RedisCache", "LOCATION": REDIS_URL}}
    # Each request reads its session from Redis; the database keeps it across a cache restart.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # A database cache is shared between processes, so log-in rate limits hold across workers.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "portal_cache"}}

# --- Accounts -----------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "after_login"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "portal.accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email", "phone"}  # phone: verified numbers on User; see AccountAdapter
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_FORMS = {
    "login": "portal.accounts.forms.LoginForm",
    "request_login_code": "portal.accounts.forms.RequestLoginCodeForm",
    "confirm_login_code": "portal.accounts.forms.ConfirmLoginCodeForm",
}
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 5 * 60  # an SMS can take a minute or two
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = 3
ACCOUNT_PHONE_VERIFICATION_CODE_FORMAT = {"numeric": True, "length": 6, "dashed": False}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True  # changing e-mail addresses or the password asks for the password again
ACCOUNT_EMAIL_NOTIFICATIONS = True  # the old address hears about a changed password or e-mail address
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = True  # the first password (chosen from the receipt's link) ends on Min side
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Blå Kors steg for steg] "
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "5/5m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
    "request_login_code": "10/m/ip,3/10m/key",  # key: the e-mail address or mobile number
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_FORMS = {"activate_totp": "portal.accounts.forms.ActivateTOTPForm"}
MFA_TOTP_ISSUER = "Blå Kors steg for steg"

# --- Language and time ---------------------------------------------------------------------------
LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", "Norsk bokmål"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "portal" / "locale", BASE_DIR / "portal" / "overrides" / "locale"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Pages and training modules exist per language (cms.i18n): Norwegian at today's addresses, English under /en/.
# A page without an English version is shown in Norwegian there, with a note.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# --- Static and media ----------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
# Receipts for expenses: outside MEDIA_ROOT, never served by the web server, only through a checked view.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "receipts": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": PRIVATE_MEDIA_ROOT}},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Security headers ----------------------------------------------------------------------------
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "frame-src": [CSP.SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "frame-ancestors": [CSP.SELF],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
X_FRAME_OPTIONS = "SAMEORIGIN"  # frame-ancestors 'self': Wagtail's preview frames our own pages
# Cache-Control: no-store under these (portal/cache_headers.py), and for every logged-in page.
NO_STORE_PATH_PREFIXES = [
    "/admin/",
    "/min-side/",
    "/accounts/",
    "/etter-innlogging/",
    "/tidgiver/",
    "/opplaering/",
    "/en/opplaering/",
    "/en/training/",
    "/notifications/",
    "/documents/",
]
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# Public Wagtail pages for anonymous visitors come from the cache (cms.page_cache); 0 turns that off.
PUBLIC_PAGE_CACHE_SECONDS = env_int("PUBLIC_PAGE_CACHE_SECONDS", 600)
# How long a browser or a CDN in front may keep such a page (it cannot be told when a page changes).
PUBLIC_PAGE_MAX_AGE = env_int("PUBLIC_PAGE_MAX_AGE", 60)
# Each worker keeps the pages it served and reads the version at most this often: a change shows at once where
# it was published, and within this many seconds on every other worker and host. 0: every hit reads the cache.
PUBLIC_PAGE_VERSION_CHECK_SECONDS = env_int("PUBLIC_PAGE_VERSION_CHECK_SECONDS", 1)

# --- Wagtail -------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Blå Kors steg for steg"
WAGTAILADMIN_BASE_URL = env("PUBLIC_BASE_URL", "http://localhost:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
# E-mail address and password change only through allauth (password asked again, old address told).
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.documents.CheckedDocumentForm"  # content and size checked
DOCUMENT_MAX_UPLOAD_BYTES = env_int("DOCUMENT_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
PUBLIC_BASE_URL = WAGTAILADMIN_BASE_URL

# --- E-mail --------------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Blå Kors steg for steg <ikke-svar@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# --- Queue (django-q2) ---------------------------------------------------------------------------
Q_CLUSTER = {
    "name": "tidgiver",
    "workers": env_int("Q_WORKERS", 2),
    "timeout": 60,
    "retry": 120,
    "max_attempts": 5,
    "ack_failures": True,
    "catch_up": False,
    "orm": "default",
}
if REDIS_URL:
    Q_CLUSTER = {**Q_CLUSTER, "redis": REDIS_URL}
    Q_CLUSTER.pop("orm")

# --- SMS (Twilio) --------------------------------------------------------------------------------
# "twilio", "console", or "" (Twilio when the TWILIO_* settings are there, else the console transport).
SMS_TRANSPORT = env("SMS_TRANSPORT", "")
TWILIO_ACCOUNT_SID = env("TWILIO_ACCOUNT_SID", "")
TWILIO_AUTH_TOKEN = env("TWILIO_AUTH_TOKEN", "")
TWILIO_FROM = env("TWILIO_FROM", "")
TWILIO_MESSAGING_SERVICE_SID = env("TWILIO_MESSAGING_SERVICE_SID", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.tasks": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # Log-ins, lock-outs, MFA changes, role changes, exports, bad webhook signatures (portal/security.py).
        "portal.security": {"level": "INFO"},
    },
}

SHOW_DEMO_LOGINS = env_bool("SHOW_DEMO_LOGINS", False)
DEMO_DATA_ALLOWED = True  # seed_demo; production turns it off

# --- Recruitment (volunteers) ----------------------------------------------------------------------
APPLICATION_RETENTION_MONTHS = env_int("APPLICATION_RETENTION_MONTHS", 6)  # rejected/withdrawn applications
APPLICATION_RETENTION_MODE = env("APPLICATION_RETENTION_MODE", "anonymise")  # or "delete"
MESSAGE_RETENTION_MONTHS = env_int("MESSAGE_RETENTION_MONTHS", 12)  # sent SMS/e-mail and received SMS
APPLICATION_RATE_LIMIT = (env_int("APPLICATION_RATE_LIMIT_PER_HOUR", 20), 60 * 60)  # form posts per IP and hour
