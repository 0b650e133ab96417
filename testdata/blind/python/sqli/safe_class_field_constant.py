import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class TicketQuery:
    TABLE = "tickets"

    def __init__(self, status):
        self.status = status
        self.table = self.TABLE

    def sql(self):
        return "SELECT id, title FROM " + self.table + " WHERE status = ?"


@app.route("/tickets")
def tickets():
    q = TicketQuery(request.args.get("status", "open"))
    db = sqlite3.connect("tickets.db")
    rows = db.execute(q.sql(), (q.status,)).fetchall()
    db.close()
    return jsonify(rows)
