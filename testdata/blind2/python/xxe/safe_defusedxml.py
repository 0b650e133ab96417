from defusedxml import ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/invoices/import")
def import_invoice():
    doc = ET.fromstring(request.data)
    total = doc.findtext("total")
    return {"total": total}
