ALLOWED_HOSTS = ["*"]  # vigil:expect VGL-PY-ALLOWHOSTS-001
