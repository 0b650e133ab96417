import sqlite3


def run_report(period):
    cur = sqlite3.connect("r.db").cursor()
    cur.execute("SELECT * FROM reports WHERE period = '" + period + "'")
    return cur.fetchall()
