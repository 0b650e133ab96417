import sqlite3

from flask import request

from app.clean import as_number


def item_view():
    item = as_number(request.args.get("item"))
    db = sqlite3.connect("app.db")
    return db.execute("SELECT * FROM items WHERE id = " + item).fetchall()
