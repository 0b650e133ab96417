from flask import request
from markupsafe import Markup


def banner():
    msg = request.args.get("msg")
    return Markup(f"<div class='banner'>{msg}</div>")  # vigil:expect VGL-PY-XSS-001
