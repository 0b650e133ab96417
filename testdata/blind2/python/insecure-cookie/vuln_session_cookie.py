import secrets

from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/login")
def login():
    sid = secrets.token_hex(16)
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid, max_age=3600, samesite="Lax")  # LABEL: CWE-614, CWE-1004
    return resp
