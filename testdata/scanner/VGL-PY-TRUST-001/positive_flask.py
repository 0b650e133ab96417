from flask import Flask, request, session

app = Flask(__name__)


@app.route("/prefs", methods=["POST"])
def prefs():
    session["role"] = request.form["role"]  # vigil:expect VGL-PY-TRUST-001
    return "", 204
