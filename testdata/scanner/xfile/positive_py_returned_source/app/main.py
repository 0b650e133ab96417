import sqlite3

import app.inputs as inputs


def lookup():
    name = inputs.requested_name()
    db = sqlite3.connect("app.db")
    return db.execute("SELECT * FROM users WHERE name = '%s'" % name).fetchall()  # vigil:expect VGL-PY-SQLI-001
