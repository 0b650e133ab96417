import sqlite3

from flask import Flask, request

app = Flask(__name__)
conn = sqlite3.connect("shop.db")


class ProductSearch:
    def __init__(self, db_path):
        self.db_path = db_path

    def by_name(self, name):
        c = sqlite3.connect(self.db_path)
        return c.execute("SELECT id FROM products WHERE name = ?", (name,)).fetchall()


class Report:
    def __init__(self, owner, table="reports"):
        self.table = table
        self.owner = owner

    def _build_sql(self):
        return f"SELECT * FROM {self.table} WHERE owner = ?"

    @property
    def count_sql(self):
        return "SELECT COUNT(*) FROM " + self.table + " WHERE owner = ?"

    def rows(self):
        return conn.execute(self._build_sql(), (self.owner,)).fetchall()

    def count(self):
        return conn.execute(self.count_sql, (self.owner,)).fetchone()


class Orders:
    def __init__(self, table):
        self.table = table

    def by_ref(self, ref):
        return conn.execute("SELECT * FROM " + self.table + " WHERE ref = ?", (ref,)).fetchall()


def get_orders():
    return Orders("orders")


@app.route("/products")
def products():
    return {"rows": ProductSearch("shop.db").by_name(request.args["q"])}


@app.route("/reports")
def reports():
    r = Report(owner=request.args["owner"])
    return {"rows": r.rows(), "n": Report(request.args["owner"]).count()}


@app.route("/orders")
def orders():
    return {"rows": get_orders().by_ref(request.args["ref"])}
