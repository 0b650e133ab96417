from fastapi import Depends, FastAPI, Header
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine("postgresql+psycopg2://app@localhost/app")
SessionLocal = sessionmaker(bind=engine)
app = FastAPI()


def get_session():
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()


@app.get("/orders")
def list_orders(x_tenant: str = Header(...), db: Session = Depends(get_session)):
    stmt = text(f"SELECT id, total FROM orders WHERE tenant = '{x_tenant}'")
    result = db.execute(stmt)  # LABEL: CWE-89
    return [{"id": r.id, "total": float(r.total)} for r in result]
