from flask import request

from shop.repo import order_by_id


def order_view():
    oid = request.args.get("id")
    return {"order": order_by_id(oid)}
