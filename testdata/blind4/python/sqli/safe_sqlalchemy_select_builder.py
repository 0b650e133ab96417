from flask import Blueprint, jsonify, request
from sqlalchemy import func, select

from .db import Session
from .models import Sale

bp = Blueprint("reports", __name__)

GROUPINGS = {"channel": Sale.channel, "region": Sale.region, "product": Sale.product_id}


@bp.get("/reports/revenue")
def revenue():
    region = request.args.get("region") or "eu"
    channels = request.args.getlist("channel")
    group_col = GROUPINGS.get(request.args.get("by", "channel"), Sale.channel)
    stmt = select(group_col, func.sum(Sale.amount).label("total")).where(Sale.region == region)
    if channels:
        stmt = stmt.where(Sale.channel.in_(channels))
    stmt = stmt.group_by(group_col)
    with Session() as session:
        rows = session.execute(stmt).all()
    return jsonify([{"key": k, "total": float(t)} for k, t in rows])
