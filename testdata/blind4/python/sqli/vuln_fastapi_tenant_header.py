import sqlite3

from fastapi import Depends, FastAPI, Header

app = FastAPI()


def get_conn():
    conn = sqlite3.connect("/var/lib/app/metrics.db")
    try:
        yield conn
    finally:
        conn.close()


@app.get("/metrics/daily")
def daily_metrics(x_tenant: str = Header(default="public"), conn=Depends(get_conn)):
    cur = conn.cursor()
    query = "SELECT day, visits, signups FROM daily_metrics WHERE tenant = '{}' ORDER BY day".format(x_tenant)
    cur.execute(query)  # LABEL: CWE-89
    return [{"day": d, "visits": v, "signups": s} for d, v, s in cur.fetchall()]
