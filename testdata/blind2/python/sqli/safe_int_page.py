import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/posts")
def posts():
    page = int(request.args.get("page", "1"))
    offset = (page - 1) * 20
    db = sqlite3.connect("blog.db")
    rows = db.execute(f"SELECT title FROM posts ORDER BY id LIMIT 20 OFFSET {offset}").fetchall()
    return jsonify(rows)
