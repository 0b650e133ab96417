import html

from fastapi import FastAPI, Header
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/whoami", response_class=HTMLResponse)
def whoami(user_agent: str = Header(default="unknown")):
    agent = html.escape(user_agent)
    body = f"<html><body><p>Your browser: <code>{agent}</code></p></body></html>"
    return HTMLResponse(content=body)


@app.get("/ping")
def ping():
    return {"ok": True}
