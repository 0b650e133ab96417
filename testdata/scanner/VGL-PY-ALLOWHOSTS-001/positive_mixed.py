DEBUG = False
ALLOWED_HOSTS = ["example.com", '*']  # vigil:expect VGL-PY-ALLOWHOSTS-001
