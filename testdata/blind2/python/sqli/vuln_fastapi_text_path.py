from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql://app@db/inventory")


@app.get("/items/{sku}")
def item(sku: str):
    with engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM items WHERE sku = '{}'".format(sku))).first()  # LABEL: CWE-89
    return dict(row._mapping) if row else {}
