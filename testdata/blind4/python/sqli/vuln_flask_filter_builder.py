import psycopg2.extras
from flask import Flask, g, jsonify, request

app = Flask(__name__)


class TicketFilter:
    def __init__(self, args):
        self.clauses = ["deleted_at IS NULL"]
        if args.get("assignee"):
            self.clauses.append("assignee_id = %d" % int(args["assignee"]))
        if args.get("label"):
            self.clauses.append("'%s' = ANY(labels)" % args["label"])

    def where(self):
        return " AND ".join(self.clauses)


@app.get("/tickets")
def tickets():
    flt = TicketFilter(request.args)
    cur = g.db.cursor(cursor_factory=psycopg2.extras.RealDictCursor)
    cur.execute("SELECT id, title, status FROM tickets WHERE " + flt.where())  # LABEL: CWE-89
    return jsonify(cur.fetchall())
