import re

HOST = re.compile(r"^([\w.-]+\.)*example\.com$")  # vigil:expect VGL-PY-REDOS-001
