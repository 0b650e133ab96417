from flask import request

from app import store


def run_sql(cur, sql):
    cur.execute(sql)  # vigil:expect VGL-PY-SQLI-001


def add_name(cur):
    name = request.args.get("name")  # vigil:source
    store.save(cur, name)
