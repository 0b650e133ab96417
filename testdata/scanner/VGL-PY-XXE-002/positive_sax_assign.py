from xml.dom import pulldom
import xml.sax
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_doc():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    doc = pulldom.parse(request.files["doc"], parser=parser)  # vigil:expect VGL-PY-XXE-002
    return str(sum(1 for _ in doc))
