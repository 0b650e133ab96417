from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/invoices/import")
def import_invoice():
    doc = etree.fromstring(request.data, etree.XMLParser(resolve_entities=True, no_network=False))  # LABEL: CWE-611
    total = doc.findtext("total")
    return {"total": total}
