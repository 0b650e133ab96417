"""Lets power users post a pricing rule as Python source."""
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/pricing/preview")
async def preview_rule(request: Request):
    payload = await request.json()
    source = payload.get("rule", "")
    scope = {"price": float(payload.get("price", 0)), "result": None}
    exec(source, scope)  # LABEL: CWE-95
    return {"result": scope.get("result")}
