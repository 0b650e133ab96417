from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.route("/after-login")
def after_login():
    target = request.args.get("next")
    target = target or "/dashboard"
    session["seen_login"] = True
    return redirect(target)  # LABEL: CWE-601
