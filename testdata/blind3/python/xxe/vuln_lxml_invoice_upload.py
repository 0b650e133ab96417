from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


class InvoiceParser:
    def parse(self, data: bytes):
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True))  # LABEL: CWE-611
        return {
            "number": root.findtext("number"),
            "total": root.findtext("total"),
        }


@app.post("/invoices/import")
def import_invoice():
    upload = request.files["invoice"]
    parsed = InvoiceParser().parse(upload.read())
    return jsonify(parsed)
