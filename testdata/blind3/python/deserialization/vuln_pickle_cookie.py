import base64
import pickle as pk

from flask import Flask, render_template, request

app = Flask(__name__)


class CartCodec:
    @staticmethod
    def decode(blob):
        if not blob:
            return []
        return pk.loads(base64.urlsafe_b64decode(blob))  # LABEL: CWE-502


@app.get("/cart")
def cart():
    items = CartCodec.decode(request.cookies.get("cart"))
    total = sum(i["price"] * i["qty"] for i in items)
    return render_template("cart.html", items=items, total=total)
