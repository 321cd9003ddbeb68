"""Benchmark settings: production settings plus a bare Django view to compare against."""

from toolbox_site.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
