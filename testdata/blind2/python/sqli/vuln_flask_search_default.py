import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/customers")
def customers():
    name = request.args.get("name")
    if not name:
        name = ""
    conn = sqlite3.connect("crm.db")
    rows = conn.execute(f"SELECT id, name FROM customers WHERE name LIKE '%{name}%'").fetchall()  # LABEL: CWE-89
    return jsonify([{"id": r[0], "name": r[1]} for r in rows])
