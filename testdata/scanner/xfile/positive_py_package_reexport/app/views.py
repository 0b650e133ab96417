from flask import Flask, request

from app.store import find_user

app = Flask(__name__)


@app.route("/user")
def user():
    name = request.args.get("name")  # vigil:source
    find_user(name)
    return "ok"
