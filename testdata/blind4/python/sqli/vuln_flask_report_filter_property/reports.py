from flask import Blueprint, jsonify, request
from sqlalchemy import text

from .db import engine
from .filters import ReportFilter

bp = Blueprint("reports", __name__)


@bp.get("/reports/revenue")
def revenue():
    flt = ReportFilter.from_args(request.args)
    sql = "SELECT channel, SUM(amount) AS total FROM sales WHERE " + flt.where_clause + " GROUP BY channel"
    with engine.connect() as conn:
        rows = conn.execute(text(sql)).mappings().all()  # LABEL: CWE-89
    return jsonify([dict(r) for r in rows])
