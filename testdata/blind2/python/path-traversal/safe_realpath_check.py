import os

from flask import Flask, abort, request

app = Flask(__name__)
BASE = os.path.realpath("/srv/reports")


@app.get("/report")
def report():
    name = request.args.get("f", "")
    full = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([BASE, full]) != BASE:
        abort(404)
    with open(full) as fh:
        return fh.read()
