import sqlite3


def order_by_id(oid):
    number = int(oid)
    cur = sqlite3.connect("shop.db").cursor()
    cur.execute("SELECT * FROM orders WHERE id = %d" % number)
    return cur.fetchone()
