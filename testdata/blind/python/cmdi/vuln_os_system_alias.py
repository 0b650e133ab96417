"""Network diagnostics page for the admin console."""
from os import system as run

from flask import Flask, request

app = Flask(__name__)


@app.route("/diag/ping", methods=["POST"])
def ping():
    host = request.form["host"]
    status = run("ping -c 1 -W 2 " + host + " > /dev/null")  # LABEL: CWE-78
    return {"reachable": status == 0}
