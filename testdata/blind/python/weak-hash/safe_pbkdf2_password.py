import hashlib
import os

from flask import Flask, request

from .db import users

app = Flask(__name__)


@app.post("/signup")
def signup():
    password = request.form["password"]
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    users.insert(email=request.form["email"], salt=salt.hex(), password_hash=digest.hex())
    return {"ok": True}, 201
