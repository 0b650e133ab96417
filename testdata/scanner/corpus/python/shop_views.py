"""A small Flask shop: product search, order export and admin tools."""
import hashlib
import os
import sqlite3
import subprocess

from flask import Flask, jsonify, redirect, render_template, request, send_file

app = Flask(__name__)
DB = "shop.db"


def db():
    return sqlite3.connect(DB)


@app.route("/products")
def products():
    term = request.args.get("q", "")
    cur = db().cursor()
    cur.execute("SELECT id, name FROM products WHERE name LIKE ?", ("%" + term + "%",))
    return jsonify(cur.fetchall())


@app.route("/products/sorted")
def products_sorted():
    order = request.args.get("order", "name")
    cur = db().cursor()
    cur.execute("SELECT id, name FROM products ORDER BY " + order)  # LABEL: CWE-89
    return jsonify(cur.fetchall())


@app.route("/export")
def export():
    name = request.args["file"]
    return send_file(os.path.join("/srv/exports", name))  # LABEL: CWE-22


@app.route("/thumbnail")
def thumbnail():
    image = request.args.get("img")
    subprocess.call("convert %s -resize 64x64 /tmp/thumb.png" % image, shell=True)  # LABEL: CWE-78
    return send_file("/tmp/thumb.png")


@app.route("/go")
def go():
    return redirect(request.args.get("to", "/"))  # LABEL: CWE-601


@app.route("/profile/<int:user_id>")
def profile(user_id):
    cur = db().cursor()
    cur.execute("SELECT name, bio FROM users WHERE id = ?", (user_id,))
    return render_template("profile.html", user=cur.fetchone())


def etag(body):
    return hashlib.sha256(body).hexdigest()
