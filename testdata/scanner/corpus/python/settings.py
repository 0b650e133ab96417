import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET_KEY = "django-insecure-5c$8u2!kq9z@t3#w"  # LABEL: CWE-798
DEBUG = True  # LABEL: CWE-489
ALLOWED_HOSTS = ["notes.example.com"]
INSTALLED_APPS = ["django.contrib.auth", "notes"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "PASSWORD": os.environ.get("DB_PASSWORD")}}
