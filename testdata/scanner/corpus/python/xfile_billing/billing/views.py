from flask import Flask, request

from billing import ledger
from billing.exports import export_invoice
from billing.money import parse_amount

app = Flask(__name__)


@app.route("/invoices")
def invoices():
    account = request.args.get("account", "")
    return {"rows": ledger.invoices_for(account)}


@app.route("/invoices/export", methods=["POST"])
def export():
    invoice_id = request.form["invoice"]
    fmt = request.form.get("format", "pdf")
    return {"path": export_invoice(invoice_id, fmt)}


@app.route("/refund", methods=["POST"])
def refund():
    amount = parse_amount(request.form["amount"])
    return {"rows": ledger.refund(amount)}
