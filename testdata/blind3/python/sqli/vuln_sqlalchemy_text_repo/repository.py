from sqlalchemy import text
from sqlalchemy.orm import Session


class OrderRepository:
    """Data access for the orders table."""

    def __init__(self, session: Session):
        self.session = session

    def find_by_status(self, status: str, sort: str):
        stmt = text(
            "SELECT id, customer_id, total, status FROM orders "
            "WHERE status = :status ORDER BY " + sort
        )
        return self.session.execute(stmt, {"status": status}).fetchall()  # LABEL: CWE-89

    def count(self) -> int:
        return self.session.execute(text("SELECT count(*) FROM orders")).scalar_one()
