from sqlalchemy import text
from sqlalchemy.orm import Session


class OrderRepository:
    def __init__(self, session: Session):
        self.session = session

    def find_by_status(self, status, sort):
        sql = "SELECT id, total FROM orders WHERE status = :status ORDER BY " + sort
        return self.session.execute(text(sql), {"status": status}).all()  # vigil:expect VGL-PY-SQLI-001


def get_repo():
    from .db import SessionLocal
    return OrderRepository(SessionLocal())
