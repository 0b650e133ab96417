import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
DEFAULT_HOOK = "https://hooks.example.com/notify"


class Subscription(BaseModel):
    event: str
    callback_url: str | None = None


@app.post("/subscriptions/test")
async def test_subscription(sub: Subscription):
    url = sub.callback_url or DEFAULT_HOOK
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(url, json={"event": sub.event, "test": True})  # LABEL: CWE-918
    return {"delivered": resp.is_success}
