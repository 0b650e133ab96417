import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/invoices")
def invoice():
    try:
        invoice_id = int(request.args["id"])
    except (KeyError, ValueError):
        abort(400)
    db = sqlite3.connect("billing.db")
    row = db.execute(f"SELECT id, amount FROM invoices WHERE id = {invoice_id}").fetchone()
    db.close()
    if row is None:
        abort(404)
    return jsonify(id=row[0], amount=row[1])
