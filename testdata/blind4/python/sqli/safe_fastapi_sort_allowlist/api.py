from fastapi import APIRouter, Depends

from .repository import CustomerRepository, get_repository

router = APIRouter()


@router.get("/customers")
def list_customers(sort: str = "name", direction: str = "asc", repo: CustomerRepository = Depends(get_repository)):
    return repo.list(sort, direction)
