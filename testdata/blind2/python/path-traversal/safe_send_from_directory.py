from flask import Flask, send_from_directory
from flask_login import login_required

app = Flask(__name__)
INVOICE_DIR = "/srv/invoices"


@app.route("/invoices/<path:name>")
@login_required
def invoice(name):
    return send_from_directory(INVOICE_DIR, name, mimetype="application/pdf")
