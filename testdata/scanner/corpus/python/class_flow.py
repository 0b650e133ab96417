"""Flows the engine does not model: object attributes set in one method, used in another."""
from flask import request


class Repo:
    def __init__(self, conn):
        self.conn = conn
        self.filter = ""

    def set_filter(self):
        self.filter = request.args.get("f", "")

    def run(self):
        return self.conn.execute("SELECT * FROM t WHERE " + self.filter)  # LABEL: CWE-89
