from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.post("/invoices/import")
def import_invoice():
    root = etree.fromstring(request.get_data(), etree.XMLParser(resolve_entities=True, no_network=False))  # LABEL: CWE-611
    lines = [{"sku": l.findtext("sku"), "qty": l.findtext("qty")} for l in root.iter("line")]
    return jsonify(lines=lines)
