from sqlalchemy import text
from sqlalchemy.orm import Session


class OrderRepository:
    def __init__(self, session: Session):
        self.session = session

    def listing(self, sort):
        return self.session.execute(text("SELECT id FROM orders ORDER BY " + sort)).all()  # vigil:expect VGL-PY-SQLI-001
