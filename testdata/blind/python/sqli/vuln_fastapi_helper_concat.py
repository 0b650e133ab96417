import sqlite3

from fastapi import FastAPI, HTTPException

app = FastAPI()


def build_lookup(username: str) -> str:
    return "SELECT id, email, created_at FROM users WHERE username = '" + username + "'"


@app.get("/users/{username}")
def read_user(username: str):
    conn = sqlite3.connect("app.db")
    try:
        sql = build_lookup(username)
        row = conn.execute(sql).fetchone()  # LABEL: CWE-89
    finally:
        conn.close()
    if row is None:
        raise HTTPException(status_code=404, detail="no such user")
    return {"id": row[0], "email": row[1], "created_at": row[2]}
