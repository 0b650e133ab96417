import sqlite3
from flask import request


def user():
    uid = request.args.get("id")
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name FROM users WHERE id = ?", (uid,))
    return cur.fetchone()
