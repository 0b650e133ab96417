import os

import requests
from fastapi import FastAPI

app = FastAPI()
BILLING_API = "https://billing.internal.example.com/v2"


@app.get("/customers/{customer_id}/plan")
def plan(customer_id: int):
    headers = {"Authorization": "Bearer " + os.environ["BILLING_TOKEN"]}
    resp = requests.get(f"{BILLING_API}/customers/{customer_id}/subscription", headers=headers, timeout=5)
    resp.raise_for_status()
    data = resp.json()
    return {"plan": data.get("plan"), "renews": data.get("renews_at")}
