from typing import Annotated, Optional
from uuid import UUID

from fastapi import FastAPI, Query
from pydantic import conint
from sqlalchemy import text

from .db import engine

app = FastAPI()


@app.get("/items/{item_id}")
def item(item_id: UUID, limit: Optional[int] = None, page: Annotated[int, Query(ge=1)] = 1, size: conint(gt=0, le=100) = 20):
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT * FROM items WHERE id = '{item_id}' LIMIT {limit or size} OFFSET {page}")).all()
