"""Nightly job that copies yesterday's orders into the warehouse."""
import datetime

import psycopg2


def export_orders():
    conn = psycopg2.connect(
        host="warehouse.internal",
        dbname="analytics",
        user="etl_writer",
        password="Wh9!kq2Lx7#vR4mZ",  # LABEL: CWE-798
    )
    since = datetime.date.today() - datetime.timedelta(days=1)
    with conn, conn.cursor() as cur:
        cur.execute("INSERT INTO orders_daily SELECT * FROM staging_orders WHERE day = %s", (since,))
    conn.close()


if __name__ == "__main__":
    export_orders()
