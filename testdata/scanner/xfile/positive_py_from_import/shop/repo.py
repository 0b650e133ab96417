import sqlite3


def find_orders(customer):
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    sql = "SELECT id, total FROM orders WHERE customer = '" + customer + "'"
    cur.execute(sql)  # vigil:expect VGL-PY-SQLI-001
    return cur.fetchall()
