import hashlib

from sqlalchemy import text


class UserRepository:
    def __init__(self, session):
        self.session = session

    def create(self, email, password):
        digest = hashlib.md5(password.encode("utf-8")).hexdigest()  # LABEL: CWE-328, CWE-916
        self.session.execute(
            text("INSERT INTO users (email, password_hash) VALUES (:e, :h)"),
            {"e": email, "h": digest},
        )
        self.session.commit()

    def exists(self, email):
        row = self.session.execute(text("SELECT 1 FROM users WHERE email = :e"), {"e": email}).first()
        return row is not None
