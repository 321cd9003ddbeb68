"""Create the editor account `admin` once, for `make run` on a fresh machine."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the superuser 'admin' if it does not exist (password from DJANGO_SUPERUSER_PASSWORD or generated)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        user_model = get_user_model()
        if user_model.objects.filter(username=username).exists():
            self.stdout.write(f"Admin user '{username}' already exists; password unchanged.")
            return
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD", "")
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        # An address, so that the moderation e-mails of shared stories reach someone (the console in development).
        email = os.environ.get("DJANGO_SUPERUSER_EMAIL", "redactie@localhost")
        user_model.objects.create_superuser(username=username, email=email, password=password)
        if generated:
            # Printed once: it is not stored anywhere else.
            self.stdout.write(self.style.WARNING(f"Created admin user '{username}' with password: {password}"))
            self.stdout.write("Write it down; it is shown only this once.")
        else:
            self.stdout.write(f"Created admin user '{username}' with the password from DJANGO_SUPERUSER_PASSWORD.")
