from defusedxml import ElementTree as SafeET
from flask import Flask, jsonify, request

app = Flask(__name__)


class InvoiceXmlReader:
    def read(self, raw):
        root = SafeET.fromstring(raw)
        return {
            "number": root.findtext("number"),
            "customer": root.findtext("customer/name"),
            "lines": len(root.findall("lines/line")),
        }


@app.post("/invoices/import")
def import_invoice():
    upload = request.files["invoice"]
    return jsonify(InvoiceXmlReader().read(upload.read())), 201
