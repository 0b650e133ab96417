import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


def load_cart(raw):
    if not raw:
        return {"items": []}
    data = base64.urlsafe_b64decode(raw.encode("ascii"))
    return pickle.loads(data)  # LABEL: CWE-502


def dump_cart(cart):
    return base64.urlsafe_b64encode(pickle.dumps(cart)).decode("ascii")


@app.get("/cart")
def show_cart():
    cart = load_cart(request.cookies.get("cart"))
    total = sum(i["price"] * i["qty"] for i in cart["items"])
    return jsonify({"items": cart["items"], "total": total})
