from flask import Flask, request, jsonify

from reports import tenant_orders

app = Flask(__name__)


@app.route("/orders")
def orders():
    tenant = request.headers.get("X-Tenant", "public")
    return jsonify(tenant_orders(tenant))
