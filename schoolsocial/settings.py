"""One settings file, read from the environment through small helpers that reject bad values."""

from __future__ import annotations

import os
from decimal import Decimal, InvalidOperation
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_decimal(name: str, default: str) -> Decimal:
    value = os.environ.get(name) or default
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ImproperlyConfigured(f"{name} must be an amount such as 0.015, not {value!r}.") \
            from None
    if not amount.is_finite() or amount < 0:
        raise ImproperlyConfigured(f"{name} must be an amount of 0 or more, not {value!r}.")
    return amount


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-change-me" if DEBUG else None)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_q",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "schoolsocial.accounts",
    "schoolsocial.audit",
    "schoolsocial.mail",
    "schoolsocial.pupils",
    "schoolsocial.posts",
    "schoolsocial.publishing",
    "schoolsocial.series",
    "schoolsocial.governance",
    "schoolsocial.inbound",
    "policies",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "schoolsocial.accounts.security.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # after sign-in so its page knows who you are; before anything reads the body (CSRF)
    "schoolsocial.accounts.security.RequestSizeLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "schoolsocial.accounts.security.TwoFactorMiddleware",
    "schoolsocial.accounts.middleware.SchoolTimezoneMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    "schoolsocial.posts.middleware.TransitionConflictMiddleware",
]

ROOT_URLCONF = "schoolsocial.urls"
WSGI_APPLICATION = "schoolsocial.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "schoolsocial.accounts.context.membership",
                "schoolsocial.accounts.trusts.switcher",
            ],
        },
    },
]

VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"), conn_max_age=60,
        # a connection the server cut (a restart, pg_terminate_backend) is found at the next
        # request or task and opened again, instead of failing that task (issue 12)
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the worker writes; IMMEDIATE takes the write lock at
    # BEGIN so two writers queue instead of failing half-way with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"
# django-axes first: it refuses a locked-out sign-in before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))  # for the file-based backend
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "School Social <no-reply@localhost>")
# Where the site is, for links in e-mails (no request to ask when the worker sends them).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# Web Push (mail/push.py): `manage.py make_vapid_keys` prints the pair; unset, nothing is pushed
VAPID_PUBLIC_KEY = os.environ.get("VAPID_PUBLIC_KEY", "")
VAPID_PRIVATE_KEY = os.environ.get("VAPID_PRIVATE_KEY", "")
VAPID_SUBJECT = os.environ.get("VAPID_SUBJECT", "mailto:admin@example.org")
PUSH_ALLOW_HTTP = False  # push services are https; the tests' local one is not

# django-q2: the ORM broker on the same database by default, Redis when REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
Q_CLUSTER = {
    "name": "schoolsocial",
    # One worker dispatches; the others send. Four, so that a post whose answer from X is slow
    # (up to the publisher's 20 s read timeout) holds one sender, not every other school's post.
    "workers": env_int("Q_WORKERS", 4),
    "timeout": 120,
    "retry": 180,
    "max_attempts": 1,
    "catch_up": False,
    "poll": 1,
    "label": "Background tasks",
}
if REDIS_URL:
    Q_CLUSTER["redis"] = REDIS_URL
    # waits out a Redis restart instead of stopping the pusher for 10 s (publishing/broker.py)
    Q_CLUSTER["broker_class"] = "schoolsocial.publishing.broker.ReconnectingRedis"
else:
    Q_CLUSTER["orm"] = "default"

# The cache holds rendered queue cards (posts/cards.py) and, with Redis, sessions in front of the
# database (read from Redis, written to both, so a restarted Redis signs nobody out). Without
# Redis each process keeps its own cache in memory.
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "schoolsocial.redis_cache.RedisCache",
                          "LOCATION": REDIS_URL, "KEY_PREFIX": "schoolsocial"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                          "OPTIONS": {"MAX_ENTRIES": 10_000}}}

# Which publisher sends posts: "outbox" (a local timeline page), "x" (the X API), "memory" (tests).
PUBLISHER = env_str("PUBLISHER", "outbox")
X_API_BASE_URL = env_str("X_API_BASE_URL", "https://api.x.com")
X_UPLOAD_BASE_URL = env_str("X_UPLOAD_BASE_URL", X_API_BASE_URL)
# Issue 16: Bluesky and Mastodon addresses must be https unless this is on (local fake servers).
NETWORKS_ALLOW_HTTP = env_bool("NETWORKS_ALLOW_HTTP", False)
# The app's OAuth 1.0a consumer keys ("Connect X account"); without them, keys are typed in.
X_CONSUMER_KEY = env_str("X_CONSUMER_KEY", "")
X_CONSUMER_SECRET = env_str("X_CONSUMER_SECRET", "")
# What X charges, in US dollars an item (X's pay-per-use rate card from 20 April 2026): the
# estimate on the Publishing page. A post with a link costs about 13 times a plain one.
X_RATES = {
    "post": env_decimal("X_RATE_POST", "0.015"),
    "post_with_link": env_decimal("X_RATE_POST_WITH_LINK", "0.20"),
    "alt_text": env_decimal("X_RATE_ALT_TEXT", "0.005"),
    "owned_read": env_decimal("X_RATE_OWNED_READ", "0.001"),
}
# How often the worker reads each school's mentions, replies and followers (owned reads cost
# money: every few minutes, not every second), and the most it reads in one go.
INBOUND_READ_MINUTES = env_int("INBOUND_READ_MINUTES", 5)
FOLLOWERS_READ_MINUTES = env_int("FOLLOWERS_READ_MINUTES", 60)
INBOUND_MAX_PAGES = env_int("INBOUND_MAX_PAGES", 5)
INBOUND_READ_THREADS = env_int("INBOUND_READ_THREADS", 16)  # schools read at once (PostgreSQL)
# Bluesky and Mastodon lists at most this often (Bluesky allows 300 sign-ins a day an account)
NETWORK_READ_MINUTES = env_int("NETWORK_READ_MINUTES", 10)
# Fernet keys for secrets at rest, newest first (accounts/crypto.py); derived from SECRET_KEY
# when empty and DEBUG is on.
ENCRYPTION_KEYS = env_list("ENCRYPTION_KEYS")

# Run queued tasks inline instead of on the worker (the browser tests run no worker).
Q_SYNC = env_bool("Q_SYNC", False)
# Days after a post is rejected before its uploaded photo originals are deleted.
PHOTO_ORIGINALS_DAYS = env_int("PHOTO_ORIGINALS_DAYS", 30)

DEMO_PASSWORD = env_str("DEMO_PASSWORD", "school-social-demo")

# Security (issue 7; README "Security"). Production (DEBUG=false) is HTTPS-only by default; each
# HTTPS setting can be turned off alone, as CI does to run the suite over plain HTTP.
SESSION_COOKIE_AGE = env_int("SESSION_HOURS", 8) * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", False)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "schoolsocial.accounts.security.csrf_failure"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
# Behind a proxy that terminates TLS and sets X-Forwarded-Proto (README "Deploying").
BEHIND_PROXY = env_bool("BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"
# Pages load scripts and styles from our own origin only: htmx is vendored, no inline script
# or style (inline hx-* attributes are data, not script).
CONTENT_SECURITY_POLICY = env_str(
    "CONTENT_SECURITY_POLICY",
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'",
)
# Form fields (not files) of one request; bigger bodies are refused with 400.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440)
# A whole request, files included: four 20 MB photos and the form around them; else 413.
MAX_REQUEST_BYTES = env_int("MAX_REQUEST_BYTES", 85 * 1024 * 1024)

# Two-factor sign-in (django-otp): required for headteachers, approvers and trust executives.
OTP_TOTP_ISSUER = env_str("OTP_TOTP_ISSUER", "School Social")
OTP_TOTP_THROTTLE_FACTOR = 1  # seconds, doubled after each wrong code

# Sign-in throttling (django-axes): five wrong passwords for one username from one address lock
# that pair for AXES_COOLOFF_MINUTES; a right password then resets the count.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "schoolsocial.accounts.security.locked_out"
AXES_VERBOSE = False
# Behind the proxy, the address the proxy saw (the last X-Forwarded-For entry), else REMOTE_ADDR.
AXES_CLIENT_IP_CALLABLE = "schoolsocial.accounts.security.client_ip"

# Static files: whitenoise serves them from STATIC_ROOT (`manage.py collectstatic`) with
# far-future caching (SERVE_STATIC, on in production); in development runserver serves static/.
SERVE_STATIC = env_bool("SERVE_STATIC", not DEBUG)
if SERVE_STATIC:
    MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
                      "whitenoise.middleware.WhiteNoiseMiddleware")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env_bool("STATIC_MANIFEST", not DEBUG)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}
