from flask import Flask, request

from shop.repo import find_orders

app = Flask(__name__)


@app.route("/orders")
def orders():
    customer = request.args.get("customer")  # vigil:source
    return {"orders": find_orders(customer)}
