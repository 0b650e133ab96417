import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    if not raw:
        return jsonify(items=[])
    items = pickle.loads(base64.b64decode(raw))  # LABEL: CWE-502
    return jsonify(items=items)
