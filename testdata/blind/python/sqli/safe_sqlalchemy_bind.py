from fastapi import FastAPI, Header
from sqlalchemy import create_engine, text

engine = create_engine("postgresql+psycopg2://app@localhost/app")
app = FastAPI()


def table_name() -> str:
    return "orders"


@app.get("/orders")
def list_orders(x_tenant: str = Header(...)):
    stmt = text(f"SELECT id, total FROM {table_name()} WHERE tenant = :tenant")
    with engine.connect() as conn:
        result = conn.execute(stmt, {"tenant": x_tenant})
        return [{"id": r.id, "total": float(r.total)} for r in result]
