USE_TZ = False
APPEND_SLASH = False
