from flask import Flask, abort, redirect, request, session

from .auth import verify_user

app = Flask(__name__)


@app.post("/login")
def login():
    user = verify_user(request.form.get("email", ""), request.form.get("password", ""))
    if user is None:
        abort(401)
    session["user_id"] = user.id
    target = request.args.get("next", "/")
    return redirect(target)  # LABEL: CWE-601
