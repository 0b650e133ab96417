from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


class InvoiceXmlReader:
    def __init__(self):
        self.parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)

    def read(self, raw):
        root = etree.fromstring(raw, self.parser)  # LABEL: CWE-611
        return {
            "number": root.findtext("number"),
            "customer": root.findtext("customer/name"),
            "lines": len(root.findall("lines/line")),
        }


@app.post("/invoices/import")
def import_invoice():
    upload = request.files["invoice"]
    return jsonify(InvoiceXmlReader().read(upload.read())), 201
