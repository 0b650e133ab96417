import re
from flask import request


def filter_names(names):
    pattern = re.compile(re.escape(request.args.get("q")))
    return [n for n in names if pattern.search(n)]
