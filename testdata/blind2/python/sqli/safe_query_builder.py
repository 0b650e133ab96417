from fastapi import FastAPI
from sqlalchemy import create_engine, select, Table, MetaData

app = FastAPI()
engine = create_engine("postgresql://app@db/inventory")
items = Table("items", MetaData(), autoload_with=engine)


@app.get("/items/{sku}")
def item(sku: str):
    stmt = select(items).where(items.c.sku == sku)
    with engine.connect() as conn:
        row = conn.execute(stmt).first()
    return dict(row._mapping) if row else {}
