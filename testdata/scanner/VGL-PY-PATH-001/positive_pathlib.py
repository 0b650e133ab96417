from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
BASE = Path("/srv/reports")


@app.route("/report")
def report():
    p = BASE / request.cookies.get("report", "default.txt")
    return p.read_text()  # vigil:expect VGL-PY-PATH-001


@app.route("/avatar", methods=["POST"])
def avatar():
    dest = Path("/srv/avatars") / request.form["name"]
    dest.write_bytes(request.files["img"].read())  # vigil:expect VGL-PY-PATH-001
    return "ok"
