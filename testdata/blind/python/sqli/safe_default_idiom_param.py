import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/items")
def list_items():
    category = request.args.get("category")
    if not category:
        category = ""
    conn = psycopg2.connect(dbname="inventory", user="inventory", host="db")
    with conn.cursor() as cur:
        cur.execute("SELECT sku, title FROM items WHERE category LIKE %s", (category + "%",))
        items = cur.fetchall()
    conn.close()
    return jsonify(items=[{"sku": s, "title": t} for s, t in items])
