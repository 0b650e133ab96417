from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import SessionLocal

SORT_COLUMNS = {"name": "c.full_name", "signup": "c.created_at", "spend": "c.lifetime_value"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


class CustomerRepository:
    def __init__(self, session: Session):
        self.session = session

    def list(self, sort, direction):
        column = SORT_COLUMNS.get(sort, "c.full_name")
        order = DIRECTIONS.get(direction.lower(), "ASC")
        sql = f"SELECT c.id, c.full_name, c.email FROM customers c ORDER BY {column} {order} LIMIT 100"
        return [dict(r) for r in self.session.execute(text(sql)).mappings()]


def get_repository():
    session = SessionLocal()
    try:
        yield CustomerRepository(session)
    finally:
        session.close()
