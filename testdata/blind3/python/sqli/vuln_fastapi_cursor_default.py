import sqlite3

from fastapi import Depends, FastAPI

app = FastAPI()


def get_conn():
    conn = sqlite3.connect("inventory.db")
    try:
        yield conn
    finally:
        conn.close()


@app.get("/warehouses/{code}/items")
def items(code: str, category: str | None = None, conn=Depends(get_conn)):
    if category is None:
        category = "general"
    cur = conn.cursor()
    query = "SELECT sku, qty FROM items WHERE warehouse = '%s' AND category = '%s'" % (code, category)
    cur.execute(query)  # LABEL: CWE-89
    return [{"sku": sku, "qty": qty} for sku, qty in cur.fetchall()]
