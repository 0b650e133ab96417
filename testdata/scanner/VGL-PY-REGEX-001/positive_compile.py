import re
from flask import request


def filter_names(names):
    pattern = re.compile(request.args.get("q"))  # vigil:expect VGL-PY-REGEX-001
    return [n for n in names if pattern.search(n)]
