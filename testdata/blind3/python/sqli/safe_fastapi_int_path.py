from fastapi import FastAPI, HTTPException
import psycopg

app = FastAPI()
DSN = "dbname=ledger user=ledger_ro"


@app.get("/accounts/{account_id}/balance")
def balance(account_id: int):
    query = f"SELECT balance_cents FROM accounts WHERE id = {account_id}"
    with psycopg.connect(DSN) as conn:
        row = conn.execute(query).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="no such account")
    return {"account": account_id, "balance": row[0] / 100}
