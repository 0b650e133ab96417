from flask import Flask, request

from .repository import OrderRepository

app = Flask(__name__)


@app.route("/orders")
def orders():
    ref = request.args["ref"]  # vigil:source
    return {"rows": OrderRepository().by_ref(ref)}
