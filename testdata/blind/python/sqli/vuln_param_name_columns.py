"""Every query-string parameter becomes a filter; the names are the columns."""
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/devices")
def devices():
    conditions, values = [], []
    for column in request.args:
        conditions.append(column + " = ?")
        values.append(request.args[column])
    sql = "SELECT id, hostname FROM devices"
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    db = sqlite3.connect("fleet.db")
    rows = db.execute(sql, values).fetchall()  # LABEL: CWE-89
    db.close()
    return jsonify(rows)
