import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SORTABLE = {"name": "name", "price": "price", "newest": "created_at DESC"}


@app.route("/products")
def products():
    key = request.args.get("sort", "name")
    column = SORTABLE.get(key)
    if column is None:
        abort(400)
    db = sqlite3.connect("shop.db")
    rows = db.execute("SELECT id, name, price FROM products ORDER BY " + column).fetchall()
    db.close()
    return jsonify(rows)
