from flask import Blueprint, jsonify, request

from .repository import InvoiceRepository
from .db import SessionLocal

bp = Blueprint("invoices", __name__, url_prefix="/api/invoices")


@bp.get("/")
def list_invoices():
    sort = request.args.get("sort", "date")
    direction = request.args.get("dir", "asc")
    repo = InvoiceRepository(SessionLocal())
    rows = repo.list_sorted(sort, direction)
    return jsonify([dict(r._mapping) for r in rows])
