"""The production security settings: `check --deploy` is clean, the headers are sent, sessions
expire, and secrets (X keys, the encryption key) are never logged or rendered."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.urls import reverse

from schoolsocial.accounts import crypto
from schoolsocial.accounts.models import School
from schoolsocial.publishing.backends import Credentials

ROOT = Path(__file__).resolve().parents[1]


def production_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("DJANGO_", "SECURE_", "SESSION_", "CSRF_"))}
    env.update({
        "DEBUG": "false",
        "SECRET_KEY": Fernet.generate_key().decode() + "-long-and-random-enough-for-django",
        "ALLOWED_HOSTS": "social.example-trust.org.uk",
        "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "DJANGO_SETTINGS_MODULE": "schoolsocial.settings",
    })
    env.update(extra)
    return env


def run_python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,  # noqa: S603 - ours
                          capture_output=True,
                          text=True, timeout=120, check=False)


def test_check_deploy_with_the_production_settings_prints_no_warning():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=production_env(), capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr + result.stdout


def test_check_deploy_does_warn_when_https_is_turned_off():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=production_env(SECURE_SSL_REDIRECT="false", SECURE_HSTS_SECONDS="0"),
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode != 0
    assert "security.W008" in result.stderr and "security.W004" in result.stderr


PRINT_SETTINGS = """
import django, json
django.setup()
from django.conf import settings as s
print(json.dumps({name: getattr(s, name) for name in (
    "DEBUG", "SESSION_COOKIE_AGE", "SESSION_EXPIRE_AT_BROWSER_CLOSE", "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "MIDDLEWARE")}))
"""


def test_production_sessions_last_eight_hours_on_secure_cookies_over_https_only():
    result = run_python(PRINT_SETTINGS, production_env())
    values = json.loads(result.stdout)
    assert values["SESSION_COOKIE_AGE"] == 8 * 3600
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"]
    assert values["SECURE_SSL_REDIRECT"] and values["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in values["MIDDLEWARE"]


def test_session_length_and_ending_at_browser_close_are_configurable():
    env = production_env(SESSION_HOURS="2", SESSION_EXPIRE_AT_BROWSER_CLOSE="true")
    values = json.loads(run_python(PRINT_SETTINGS, env).stdout)
    assert values["SESSION_COOKIE_AGE"] == 7200
    assert values["SESSION_EXPIRE_AT_BROWSER_CLOSE"] is True


def test_a_bad_setting_stops_the_start_with_its_name():
    result = run_python(PRINT_SETTINGS, production_env(SESSION_HOURS="eight"))
    assert result.returncode != 0
    assert "SESSION_HOURS must be a whole number" in result.stderr


def test_pages_carry_a_content_security_policy_and_no_framing(client, tom):
    client.force_login(tom.user)
    response = client.get(reverse("dashboard"))
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy and "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_hsts_is_sent_over_https_when_configured(client, db, settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = False
    response = client.get(reverse("login"), secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_no_page_template_has_inline_script_or_style():
    problems = []
    for template in (ROOT / "templates").rglob("*.html"):
        if template.parts[-2] == "email":
            continue  # e-mails are not pages: mail programs need inline styles
        text = template.read_text(encoding="utf-8")
        for bad in (' style="', "<style", "<script>", " onclick=", " onload=", "javascript:"):
            if bad in text:
                problems.append(f"{template.relative_to(ROOT)}: {bad.strip()}")
    assert not problems, problems


# Secrets ------------------------------------------------------------------------------------

SECRET = Credentials(consumer_key="ConsumerKeyNeverShown", consumer_secret="ConsumerSecretHidden",
                     access_token="1234-AccessTokenNeverShown",
                     access_token_secret="TokenSecretNeverShown-5678")


def test_x_keys_are_encrypted_at_rest(school, settings):
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    school.connect_x(SECRET, "MeonValley")
    stored = School.objects.values_list("x_credentials_encrypted", flat=True).get(pk=school.pk)
    assert SECRET.access_token not in stored and SECRET.access_token_secret not in stored
    assert School.objects.get(pk=school.pk).x_credentials() == SECRET


def test_secrets_never_appear_in_logs_or_pages(client, school, helen, caplog, settings):
    """Every page the headteacher can open with no id, after connecting X, with everything
    logged at DEBUG: the keys, the encryption key and the SECRET_KEY appear nowhere."""
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    secrets = [SECRET.consumer_secret, SECRET.access_token, SECRET.access_token_secret,
               settings.ENCRYPTION_KEYS[0], settings.SECRET_KEY]
    caplog.set_level(logging.DEBUG)
    school.connect_x(SECRET, "MeonValley")
    client.force_login(helen.user)
    bodies = []
    for name in ("dashboard", "school_settings", "x_account", "publishing", "audit_log",
                 "staff", "two_factor_setup", "outbox", "rules"):
        response = client.get(reverse(name))
        assert response.status_code == 200, name
        bodies.append(response.content.decode())
    call_command("rotate_encryption_key")
    seen = "\n".join(bodies) + caplog.text + "".join(map(str, caplog.records))
    for secret in secrets:
        assert secret not in seen
    assert "MeonValley" in seen  # the page did show the account, just not its keys


def test_rotating_the_key_re_encrypts_every_value_under_the_new_key(school, other_school,
                                                                    settings, capsys):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.ENCRYPTION_KEYS = [old]
    school.connect_x(SECRET, "MeonValley")
    other_school.connect_x(Credentials("ck", "cs", "other-token", "other-secret"), "Other")
    settings.ENCRYPTION_KEYS = [new, old]
    call_command("rotate_encryption_key")
    assert "Re-encrypted 2 value(s)" in capsys.readouterr().out
    settings.ENCRYPTION_KEYS = [new]  # the old key dropped: everything still opens
    assert School.objects.get(pk=school.pk).x_credentials() == SECRET
    assert School.objects.get(pk=other_school.pk).x_credentials().access_token == "other-token"


def test_rotating_refuses_loudly_when_a_value_cannot_be_opened(school, settings, capsys):
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    school.connect_x(SECRET, "MeonValley")
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]  # the old key lost
    with pytest.raises(Exception, match="could not be decrypted"):
        call_command("rotate_encryption_key")
    assert "cannot be opened" in capsys.readouterr().err


def test_generate_key_prints_a_fernet_key(capsys, db):
    call_command("rotate_encryption_key", "--generate-key")
    Fernet(capsys.readouterr().out.strip())  # raises if it is not a key
    assert crypto.generate_key() != crypto.generate_key()
