import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/user")
def user():
    uid = request.args.get("id")
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    query = "SELECT name FROM users WHERE id = " + uid
    cur.execute(query)  # vigil:expect VGL-PY-SQLI-001
    return str(cur.fetchone())
