from sqlalchemy import text
from sqlalchemy.orm import Session

SORT_COLUMNS = {
    "date": "issued_on",
    "amount": "amount_cents",
    "customer": "customer_name",
}


class InvoiceRepository:
    def __init__(self, session: Session):
        self.session = session

    def list_sorted(self, sort: str, direction: str):
        column = SORT_COLUMNS.get(sort, "issued_on")
        order = "DESC" if direction == "desc" else "ASC"
        sql = f"SELECT id, customer_name, amount_cents FROM invoices ORDER BY {column} {order}"
        return self.session.execute(text(sql)).fetchall()
