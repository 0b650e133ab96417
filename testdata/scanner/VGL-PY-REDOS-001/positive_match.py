import re


def valid(s):
    return re.match(r"(\w+\s?)+$", s) is not None  # vigil:expect VGL-PY-REDOS-001
