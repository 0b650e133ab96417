from flask import Flask, flash, redirect, render_template, request
from flask_login import login_user

from .models import User

app = Flask(__name__)


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html", next=request.args.get("next", ""))
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is None or not user.check_password(request.form["password"]):
        flash("Invalid email or password")
        return render_template("login.html", next=request.form.get("next", "")), 401
    login_user(user, remember=bool(request.form.get("remember")))
    target = request.form.get("next")
    if not target:
        target = "/dashboard"
    return redirect(target)  # LABEL: CWE-601
