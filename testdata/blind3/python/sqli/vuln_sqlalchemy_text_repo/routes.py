from flask import Blueprint, jsonify, request

from .repository import OrderRepository
from .db import SessionLocal

bp = Blueprint("orders", __name__, url_prefix="/api/orders")


def get_repo():
    return OrderRepository(SessionLocal())


@bp.get("/")
def list_orders():
    status = request.args.get("status", "open")
    sort = request.args.get("sort")
    if not sort:
        sort = "created_at"
    repo = get_repo()
    rows = repo.find_by_status(status, sort)
    return jsonify([dict(r._mapping) for r in rows])
