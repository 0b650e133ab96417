import sqlite3


def _db():
    return sqlite3.connect("billing.db")


def invoices_for(account):
    cur = _db().cursor()
    query = "SELECT id, total FROM invoices WHERE account = '%s'" % account
    cur.execute(query)  # LABEL: CWE-89
    return cur.fetchall()


def refund(amount):
    cur = _db().cursor()
    cur.execute("UPDATE balance SET credit = credit + ?", (amount,))
    return cur.rowcount
