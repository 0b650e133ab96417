from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True  # vigil:expect VGL-PY-DEBUG-002
INSTALLED_APPS = ["django.contrib.admin"]
