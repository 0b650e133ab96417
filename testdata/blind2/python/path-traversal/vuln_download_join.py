import os

from flask import Flask, Response

app = Flask(__name__)
BASE = "/srv/invoices"


@app.route("/invoices/<path:name>")
def invoice(name):
    path = os.path.join(BASE, name)
    with open(path, "rb") as fh:  # LABEL: CWE-22
        return Response(fh.read(), mimetype="application/pdf")
