from fastapi import Depends, FastAPI
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine("postgresql+psycopg://app@db/shop")
SessionLocal = sessionmaker(bind=engine)
app = FastAPI()


def db():
    with SessionLocal() as session:
        yield session


@app.get("/users/by-email")
def by_email(email: str, session: Session = Depends(db)):
    stmt = text("SELECT id, email, display_name FROM users WHERE lower(email) = lower(:email)")
    row = session.execute(stmt, {"email": email}).first()
    if row is None:
        return {"found": False}
    return {"found": True, "id": row.id, "name": row.display_name}
