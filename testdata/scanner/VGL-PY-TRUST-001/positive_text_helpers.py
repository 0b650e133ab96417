from urllib.parse import unquote

from flask import Flask, request, session

app = Flask(__name__)


def tidy(value):
    return value.strip().lower()


@app.get("/go")
def go():
    session["next"] = request.args["next"]  # vigil:expect VGL-PY-TRUST-001
    session["lang"] = str(request.args.get("lang", "en")).strip()  # vigil:expect VGL-PY-TRUST-001
    session["back"] = unquote(request.args.get("back", "/"))  # vigil:expect VGL-PY-TRUST-001
    session["theme"] = tidy(request.args.get("theme", ""))  # vigil:expect VGL-PY-TRUST-001
    return "", 204
