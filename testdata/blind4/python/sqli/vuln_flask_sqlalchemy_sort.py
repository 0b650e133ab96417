from flask import Blueprint, jsonify, request
from sqlalchemy import text

from .db import db

bp = Blueprint("orders", __name__)


@bp.get("/orders")
def list_orders():
    status = request.args.get("status", "open")
    sort = request.args.get("sort")
    if not sort:
        sort = "created_at"
    sql = (
        "SELECT id, customer_id, total, status FROM orders "
        "WHERE status = :status ORDER BY " + sort + " DESC LIMIT 50"
    )
    rows = db.session.execute(text(sql), {"status": status}).mappings().all()  # LABEL: CWE-89
    return jsonify([dict(r) for r in rows])
