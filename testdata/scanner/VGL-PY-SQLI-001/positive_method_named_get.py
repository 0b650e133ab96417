import sqlite3

from flask import request


class Cache:
    def __init__(self):
        self.items = {}

    def get(self, key):
        return self.items.get(key)


def search():
    term = request.args.get("q")
    db = sqlite3.connect("app.db")
    return db.execute("SELECT * FROM docs WHERE title = '" + term + "'").fetchall()  # vigil:expect VGL-PY-SQLI-001
