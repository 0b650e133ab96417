from flask import Blueprint, jsonify, request
from sqlalchemy import text

from .db import db

bp = Blueprint("orders", __name__)


@bp.get("/orders")
def list_orders():
    status = request.args.get("status", "open")
    customer = request.args.get("customer")
    if not customer:
        customer = ""
    stmt = text(
        "SELECT id, customer_id, total, status FROM orders "
        "WHERE status = :status AND (:customer = '' OR customer_ref = :customer) "
        "ORDER BY created_at DESC LIMIT 50"
    )
    rows = db.session.execute(stmt, {"status": status, "customer": customer}).mappings().all()
    return jsonify([dict(r) for r in rows])
