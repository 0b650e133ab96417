from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.post("/login")
def login():
    user = request.form.get("user", "")
    session["user"] = user
    target = request.args.get("next", "/")
    return redirect(target)  # LABEL: CWE-601
