from flask import Flask, redirect, request, session, url_for
from flask_login import LoginManager, login_user

from .auth import authenticate

app = Flask(__name__)
login_manager = LoginManager(app)


@app.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form", error=1))
    login_user(user)
    target = request.args.get("next") or url_for("home")
    return redirect(target)  # LABEL: CWE-601


@app.get("/login")
def login_form():
    return "login page"
