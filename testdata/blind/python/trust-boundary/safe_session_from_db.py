import os

from flask import Flask, abort, request, session

from .auth import verify_user

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.post("/login")
def login():
    user = verify_user(request.form["email"], request.form["password"])
    if user is None:
        abort(401)
    session["user_id"] = user.id
    session["role"] = user.role
    return {"ok": True}
