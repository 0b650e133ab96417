from fastapi import Depends, FastAPI

from .repository import OrderRepository

app = FastAPI()


def get_session():
    return None


def get_repo():
    return OrderRepository(get_session())


@app.get("/orders")
def orders(sort: int, repo: OrderRepository = Depends(get_repo)):
    return [list(r) for r in repo.listing(sort)]
