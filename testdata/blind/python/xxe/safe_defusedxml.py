from defusedxml import ElementTree as SafeET
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/invoices/import")
def import_invoice():
    root = SafeET.fromstring(request.get_data())
    lines = [{"sku": l.findtext("sku"), "qty": l.findtext("qty")} for l in root.iter("line")]
    return jsonify(lines=lines)
