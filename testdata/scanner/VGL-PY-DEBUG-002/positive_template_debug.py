ROOT_URLCONF = "site.urls"
TEMPLATE_DEBUG = True  # vigil:expect VGL-PY-DEBUG-002
