import base64
import json

from flask import Flask, render_template, request

app = Flask(__name__)


def decode_prefs(blob):
    if not blob:
        return {}
    try:
        return json.loads(base64.urlsafe_b64decode(blob))
    except ValueError:
        return {}


@app.get("/settings")
def settings_page():
    prefs = decode_prefs(request.cookies.get("prefs"))
    return render_template("settings.html", density=prefs.get("density", "normal"))
