"""The production settings (toolbox_site/settings/production.py): they refuse to start unconfigured, pass
`check --deploy` alone and scaled out, and the compose file runs them with PostgreSQL and Redis."""

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]


def run_production_check(**env):
    environment = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="toolbox_site.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_refuse_to_start_without_secret_key():
    result = run_production_check(ALLOWED_HOSTS="toolbox.example.nl")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_refuse_to_start_without_allowed_hosts():
    result = run_production_check(SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_production_settings_pass_the_deploy_check_when_configured():
    result = run_production_check(
        SECRET_KEY="a-long-random-production-secret-" + "k3y" * 20, ALLOWED_HOSTS="toolbox.example.nl"
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_scaled_out_setup_shares_redis_and_an_s3_bucket_and_passes_the_deploy_check():
    scaled = {
        "SECRET_KEY": "a-long-random-production-secret-" + "k3y" * 20,
        "ALLOWED_HOSTS": "toolbox.example.nl",
        "REDIS_URL": "redis://cache.internal:6379/0",
        "MEDIA_S3_BUCKET": "toolbox-media",
        "MEDIA_S3_ENDPOINT_URL": "https://s3.example.nl",
    }
    result = run_production_check(**scaled)
    assert result.returncode == 0, result.stdout + result.stderr

    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "toolbox_site.settings.production", **scaled}
    shown = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.conf import settings as s; "
         "print(s.CACHES['default']['BACKEND'], s.CACHES['default']['LOCATION'], s.STORAGES['default']['BACKEND'], "
         "s.STORAGES['default']['OPTIONS']['endpoint_url'], s.PAGE_CACHE_SECONDS)"],
        cwd=ROOT, env=environment, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    assert shown == [
        "django_redis.cache.RedisCache",
        "redis://cache.internal:6379/0",
        "storages.backends.s3.S3Storage",
        "https://s3.example.nl",
        "600",
    ]


def test_the_compose_file_runs_web_with_postgresql_and_redis():
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    assert set(compose["services"]) == {"web", "jobs", "db", "redis"}
    web = compose["services"]["web"]
    assert (
        web["environment"]["DATABASE_URL"].startswith("postgres://")
        and "@db:5432/" in web["environment"]["DATABASE_URL"]
    )
    assert web["environment"]["REDIS_URL"] == "redis://redis:6379/0"
    assert web["depends_on"] == {"db": {"condition": "service_healthy"}, "redis": {"condition": "service_healthy"}}
    for setting in ["SECRET_KEY", "ALLOWED_HOSTS", "MEDIA_S3_BUCKET"]:
        assert setting in web["environment"]


def test_the_compose_file_runs_the_daily_retention_jobs():
    jobs = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]["jobs"]
    command = " ".join(jobs["command"])
    assert "delete_expired_scan_answers" in command and "delete_inactive_networks" in command
    assert "sleep 86400" in command
    assert jobs["environment"]["DATABASE_URL"].startswith("postgres://")
