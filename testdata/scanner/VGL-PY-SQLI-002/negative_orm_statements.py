# SQLAlchemy Core: statement objects and parameter lists, not strings.
from sqlalchemy import select, text


def load(conn, users, rows, uid):
    conn.execute(users.insert(), rows)
    conn.execute(users.update().where(users.c.id == uid), {"name": "x"})
    conn.execute(users.delete())
    conn.execute(select(users).where(users.c.id == uid))
    conn.execute(text("SELECT * FROM users WHERE id = :id"), {"id": uid})
    session.execute(stmt.order_by(users.c.name))
