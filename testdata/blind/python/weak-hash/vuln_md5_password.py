import hashlib

from flask import Flask, request

from .db import users

app = Flask(__name__)


@app.post("/signup")
def signup():
    email = request.form["email"]
    password = request.form["password"]
    digest = hashlib.md5(password.encode("utf-8")).hexdigest()  # LABEL: CWE-328, CWE-916
    users.insert(email=email, password_hash=digest)
    return {"ok": True}, 201
