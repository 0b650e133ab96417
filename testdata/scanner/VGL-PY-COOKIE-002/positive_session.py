INSTALLED_APPS = ["django.contrib.sessions"]
SESSION_COOKIE_SECURE = False  # vigil:expect VGL-PY-COOKIE-002
