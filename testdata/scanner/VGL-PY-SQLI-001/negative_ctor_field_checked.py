import sqlite3

from flask import Flask, request

app = Flask(__name__)

COLUMNS = ("id", "name", "created")


class Page:
    def __init__(self, column, limit):
        self.column = column
        self.limit = limit

    def statement(self):
        return "SELECT id, name FROM users ORDER BY %s LIMIT %d" % (self.column, self.limit)


class Report:
    def __init__(self, title):
        self.title = title

    def save(self, conn):
        conn.execute("INSERT INTO reports (title) VALUES (?)", (self.title,))


@app.route("/users")
def list_users():
    conn = sqlite3.connect("app.db")
    column = request.args.get("order", "name")
    if column not in COLUMNS:
        column = "id"
    page = Page(column, int(request.args.get("limit", "20")))
    Report(request.args.get("title", "")).save(conn)
    return {"rows": conn.execute(page.statement()).fetchall()}
