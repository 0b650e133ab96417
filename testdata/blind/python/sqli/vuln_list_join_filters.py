"""Report filters are collected in a list and joined into a WHERE clause."""
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
FIELDS = ("status", "owner", "region")


@app.post("/reports/query")
def query_reports():
    body = request.get_json(force=True) or {}
    clauses = []
    for field in FIELDS:
        value = body.get(field)
        if value:
            clauses.append(f"{field} = '{value}'")
    where = " AND ".join(clauses) or "1=1"
    db = sqlite3.connect("reports.db")
    rows = db.execute("SELECT id, title FROM reports WHERE " + where).fetchall()  # LABEL: CWE-89
    db.close()
    return jsonify(rows)
