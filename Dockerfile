# Wijknetwerk Toolbox: production image. Same steps as the tests exercise:
# pinned requirements, collectstatic with the production settings, gunicorn, /healthz.
# Build:  docker build -t wijknetwerk-toolbox .
# Run:    docker run -e SECRET_KEY=... -e ALLOWED_HOSTS=toolbox.example.nl -e DATABASE_URL=postgres://... -p 8000:8000 wijknetwerk-toolbox

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /venv
COPY requirements.txt /tmp/requirements.txt
RUN /venv/bin/pip install -r /tmp/requirements.txt

FROM python:3.11-slim AS runtime
ENV PATH="/venv/bin:$PATH" \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=toolbox_site.settings.production \
    GUNICORN_WORKERS=3 \
    PORT=8000
# Pango and the DejaVu fonts: WeasyPrint lays out the PDF exports with them (plans.exports.pdf).
RUN groupadd --system toolbox && useradd --system --gid toolbox --home-dir /app toolbox \
    && apt-get update && apt-get install -y --no-install-recommends curl libpango-1.0-0 libpangoft2-1.0-0 \
       fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
COPY --from=build /venv /venv
WORKDIR /app
COPY --chown=toolbox:toolbox . /app
# collectstatic needs settings but no real secrets or database.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput \
    && mkdir -p /app/media && chown -R toolbox:toolbox /app/media /app/staticfiles
USER toolbox
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl --fail --silent http://127.0.0.1:${PORT}/healthz || exit 1
# Migrations run as a release step: docker run ... python manage.py migrate
# Three daily scheduled jobs, e.g. cron entries, Kubernetes CronJobs or the platform's scheduler
# running the same image: scan answers older than SCAN_RETENTION_DAYS (default 365), and network
# workspaces nobody signed in to for NETWORK_RETENTION_MONTHS (default 24; a warning goes out a
# month before, so it needs the SMTP settings, EMAIL_HOST and DEFAULT_FROM_EMAIL):
#   docker run ... python manage.py delete_expired_scan_answers
#   docker run ... python manage.py delete_inactive_networks
# and the reminders of the yearly rhythm (evaluation e-mail to kartrekkers, weekly overdue actions;
# idempotent, also needs the SMTP settings and WAGTAILADMIN_BASE_URL for the links):
#   docker run ... python manage.py send_reminders
CMD ["sh", "-c", "exec gunicorn toolbox_site.wsgi:application --bind 0.0.0.0:${PORT} --workers ${GUNICORN_WORKERS} --access-logfile -"]
