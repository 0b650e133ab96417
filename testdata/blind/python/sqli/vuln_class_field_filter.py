import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class TicketQuery:
    def __init__(self, status, assignee):
        self.status = status
        self.assignee = assignee

    def sql(self):
        return "SELECT id, title FROM tickets WHERE status = '%s' AND assignee = '%s'" % (self.status, self.assignee)


@app.route("/tickets")
def tickets():
    q = TicketQuery(request.args.get("status", "open"), request.cookies.get("me", ""))
    db = sqlite3.connect("tickets.db")
    rows = db.execute(q.sql()).fetchall()  # LABEL: CWE-89
    db.close()
    return jsonify(rows)
