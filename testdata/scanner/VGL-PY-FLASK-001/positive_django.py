import os

SECRET_KEY = "django-insecure-9x!2k$z7q1w"  # vigil:expect VGL-PY-FLASK-001
DEBUG = False
