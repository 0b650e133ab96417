import secrets

from flask import Flask, make_response

app = Flask(__name__)


@app.post("/login")
def login():
    sid = secrets.token_hex(16)
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid, max_age=3600, secure=True, httponly=True, samesite="Lax")
    return resp
