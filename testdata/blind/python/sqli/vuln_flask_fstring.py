"""Product search endpoint of a small Flask shop."""
import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DATABASE = "shop.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.route("/products/search")
def search_products():
    term = request.args.get("q", "")
    cur = get_db().cursor()
    cur.execute(f"SELECT id, name, price FROM products WHERE name LIKE '%{term}%'")  # LABEL: CWE-89
    rows = cur.fetchall()
    return jsonify([dict(r) for r in rows])
