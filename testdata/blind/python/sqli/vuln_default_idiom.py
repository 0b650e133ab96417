import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


def connection():
    return psycopg2.connect(dbname="inventory", user="inventory", host="db")


@app.route("/api/items")
def list_items():
    category = request.args.get("category")
    if not category:
        category = ""
    conn = connection()
    with conn.cursor() as cur:
        sql = "SELECT sku, title FROM items WHERE category LIKE '" + category + "%'"
        cur.execute(sql)  # LABEL: CWE-89
        items = cur.fetchall()
    conn.close()
    return jsonify(items=[{"sku": s, "title": t} for s, t in items])
