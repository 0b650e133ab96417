import secrets
from datetime import timedelta

from flask import Flask, make_response, redirect, request, url_for

from .auth import verify_credentials, store_remember_token

app = Flask(__name__)
REMEMBER_FOR = timedelta(days=30)


@app.post("/login")
def login():
    user = verify_credentials(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form", failed=1))
    resp = make_response(redirect(url_for("dashboard")))
    if request.form.get("remember") == "on":
        token = secrets.token_urlsafe(32)
        store_remember_token(user.id, token, REMEMBER_FOR)
        resp.set_cookie("remember_token", token, max_age=int(REMEMBER_FOR.total_seconds()))  # LABEL: CWE-614
    return resp
