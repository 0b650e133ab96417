from flask import request

from web.audit import record


def login_view():
    user = request.form.get("user")
    record(user)
    return "ok"
