import sqlite3

from flask import Flask, request

app = Flask(__name__)


class UserSorter:
    """Keeps the requested sort column for the listing query."""

    def __init__(self, column, descending=False):
        self.column = column
        self.descending = descending

    def statement(self):
        direction = "DESC" if self.descending else "ASC"
        return f"SELECT id, name FROM users ORDER BY {self.column} {direction}"


class AuditLog:
    def __init__(self, conn):
        self.conn = conn
        self.actor = None

    def set_actor(self, actor):
        self.actor = actor

    def write(self, action):
        self.conn.execute("INSERT INTO audit (actor, action) VALUES ('%s', '%s')" % (self.actor, action))  # vigil:expect VGL-PY-SQLI-001


@app.route("/users")
def list_users():
    conn = sqlite3.connect("app.db")
    sorter = UserSorter(request.args.get("order", "name"))
    cur = conn.cursor()
    cur.execute(sorter.statement())  # vigil:expect VGL-PY-SQLI-001
    log = AuditLog(conn)
    log.set_actor(request.headers.get("X-User"))
    log.write("list")
    return {"rows": cur.fetchall()}
