import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/customers")
def customers():
    name = request.args.get("name")
    if not name:
        name = ""
    conn = sqlite3.connect("crm.db")
    rows = conn.execute("SELECT id, name FROM customers WHERE name LIKE ?", (f"%{name}%",)).fetchall()
    return jsonify([{"id": r[0], "name": r[1]} for r in rows])
