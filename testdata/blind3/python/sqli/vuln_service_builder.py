from flask import Flask, jsonify, request
import psycopg2

app = Flask(__name__)


class FilterBuilder:
    def __init__(self, table):
        self.table = table
        self.clauses = []

    def where(self, clause):
        self.clauses.append(clause)
        return self

    def build(self):
        sql = "SELECT id, name, city FROM " + self.table
        if self.clauses:
            sql += " WHERE " + " AND ".join(self.clauses)
        return sql


@app.post("/api/customers/search")
def search_customers():
    body = request.get_json(force=True)
    builder = FilterBuilder("customers").where("deleted_at IS NULL")
    for field in ("city", "country"):
        if body.get(field):
            builder.where(f"{field} = '{body[field]}'")
    with psycopg2.connect("dbname=crm") as conn, conn.cursor() as cur:
        cur.execute(builder.build())  # LABEL: CWE-89
        rows = cur.fetchall()
    return jsonify(rows)
