from enum import Enum

from flask import Flask, request, session

app = Flask(__name__)


class Theme(Enum):
    LIGHT = "light"
    DARK = "dark"


# The enum is only the default: the stored value is the form's text.
@app.post("/theme")
def theme():
    session["theme"] = request.form.get("theme", Theme.LIGHT.value)  # vigil:expect VGL-PY-TRUST-001
    return "", 204
