import sqlite3


def find_user(name):
    conn = sqlite3.connect("app.db")
    conn.execute("SELECT * FROM users WHERE name = '" + name + "'")  # vigil:expect VGL-PY-SQLI-001
