"""Production: everything secret or host-specific comes from the environment, or the process stops."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env, env_bool, env_int, env_list

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [f"https://{host}" for host in ALLOWED_HOSTS])

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
BEHIND_TLS_PROXY = env_bool("BEHIND_TLS_PROXY", True)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Rate limits (log-in, codes, the application form) count per client address. Behind a proxy that address
# is in X-Forwarded-For; without these, every visitor would share the proxy's address and one limit.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1 if BEHIND_TLS_PROXY else 0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env("TRUSTED_CLIENT_IP_HEADER", "") or None
# A load balancer may probe the health endpoint over plain http.
SECURE_REDIRECT_EXEMPT = [r"^healthz/?$"]

# seed_demo creates accounts with a known password: only on a server that is a demo on purpose.
DEMO_DATA_ALLOWED = env_bool("DEMO_DATA_ALLOWED", False)

# "console" only on purpose; check --deploy refuses "twilio" without the TWILIO_* settings.
SMS_TRANSPORT = env("SMS_TRANSPORT", "twilio")

# Links in e-mail and SMS, and Twilio's webhook signatures, need the public address.
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL").rstrip("/")
if not PUBLIC_BASE_URL.startswith("https://"):
    raise ImproperlyConfigured("The environment variable PUBLIC_BASE_URL must be the public https:// address.")
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": env("EMAIL_HOST", "localhost"),
            "port": env_int("EMAIL_PORT", 587),
            "username": env("EMAIL_HOST_USER", ""),
            "password": env("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", True),
        },
    }
}

# Wagtail's preview panel shows our own pages in a frame, so frames stay allowed from the same origin.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
