import secrets

from flask import Flask, make_response, request

from .auth import check_password

app = Flask(__name__)


@app.post("/login")
def login():
    if not check_password(request.form["user"], request.form["password"]):
        return {"error": "bad credentials"}, 401
    resp = make_response({"ok": True})
    resp.set_cookie("sid", secrets.token_urlsafe(32), max_age=3600, secure=True, httponly=True, samesite="Lax")
    return resp
