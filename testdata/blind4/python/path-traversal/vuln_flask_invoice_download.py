import os

from flask import Flask, abort, request, send_file
from flask_login import current_user, login_required

app = Flask(__name__)
INVOICE_DIR = "/srv/billing/invoices"


@app.get("/billing/invoices/download")
@login_required
def download_invoice():
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400)
    path = os.path.join(INVOICE_DIR, str(current_user.account_id), name)
    if not os.path.exists(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)  # LABEL: CWE-22
