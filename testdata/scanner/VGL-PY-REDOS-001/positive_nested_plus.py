import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+)*@example\.com$")  # vigil:expect VGL-PY-REDOS-001
