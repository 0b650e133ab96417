import sqlite3


class OrderRepository:
    def __init__(self, path="orders.db"):
        self.db = sqlite3.connect(path)

    def by_ref(self, ref):
        return self.db.execute("SELECT * FROM orders WHERE ref = ?", (ref,)).fetchall()
