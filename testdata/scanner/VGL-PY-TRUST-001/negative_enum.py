from enum import Enum

from flask import Flask, request, session

app = Flask(__name__)


class Theme(Enum):
    LIGHT = "light"
    DARK = "dark"


# Enum(value) and Enum[name] map the input to one of the enum's members.
@app.post("/theme")
def theme():
    session["theme"] = Theme(request.form["theme"]).value
    session["mode"] = Theme[request.form["mode"]].value
    return "", 204
