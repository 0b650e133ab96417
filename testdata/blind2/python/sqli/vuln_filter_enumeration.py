import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/books")
def books():
    clauses = []
    for column in request.args:
        clauses.append("%s = '%s'" % (column, request.args[column]))
    where = " AND ".join(clauses) or "1=1"
    db = sqlite3.connect("library.db")
    cur = db.cursor()
    cur.execute("SELECT title FROM books WHERE " + where)  # LABEL: CWE-89
    return jsonify(cur.fetchall())
