import sqlite3

from flask import Flask, request

app = Flask(__name__)
conn = sqlite3.connect("shop.db")


class ProductSearch:
    def __init__(self, db_path):
        self.db_path = db_path

    def by_name(self, name):
        c = sqlite3.connect(self.db_path)
        return c.execute("SELECT id FROM products WHERE name = '" + name + "'").fetchall()  # vigil:expect VGL-PY-SQLI-001


class Report:
    def __init__(self, table, owner):
        self.table = table
        self.owner = owner

    def _build_sql(self):
        return f"SELECT * FROM {self.table} WHERE owner = '{self.owner}'"

    @property
    def count_sql(self):
        return "SELECT COUNT(*) FROM reports WHERE owner = '" + self.owner + "'"

    def rows(self):
        return conn.execute(self._build_sql()).fetchall()  # vigil:expect VGL-PY-SQLI-001

    def count(self):
        return conn.execute(self.count_sql).fetchone()  # vigil:expect VGL-PY-SQLI-001


class Orders:
    def __init__(self, c=None):
        self.c = c or sqlite3.connect("orders.db")

    def by_ref(self, ref):
        return self.c.execute("SELECT * FROM orders WHERE ref = '%s'" % ref).fetchall()  # vigil:expect VGL-PY-SQLI-001


def get_orders():
    return Orders(sqlite3.connect("orders.db"))


@app.route("/products")
def products():
    return {"rows": ProductSearch("shop.db").by_name(request.args["q"])}


@app.route("/reports")
def reports():
    r = Report("reports", owner=request.args["owner"])
    return {"rows": r.rows()}


@app.route("/reports/count")
def report_count():
    return {"n": Report(table="reports", owner=request.args["owner"]).count()}


@app.route("/orders")
def orders():
    return {"rows": get_orders().by_ref(request.args["ref"])}
