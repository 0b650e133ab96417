import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/tags")
def tags():
    prefix = request.args.get("prefix", "")
    db = sqlite3.connect("blog.db")
    if False:
        rows = db.execute("SELECT name FROM tags WHERE name LIKE '" + prefix + "%'").fetchall()
    else:
        rows = db.execute("SELECT name FROM tags WHERE name LIKE ?", (prefix + "%",)).fetchall()
    db.close()
    return jsonify([r[0] for r in rows])
