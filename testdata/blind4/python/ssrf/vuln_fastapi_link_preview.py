import re

import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


class PreviewRequest(BaseModel):
    url: str


@app.post("/previews")
async def link_preview(req: PreviewRequest):
    async with httpx.AsyncClient(follow_redirects=True, timeout=4.0) as client:
        resp = await client.get(req.url)  # LABEL: CWE-918
    match = TITLE_RE.search(resp.text)
    return {"url": req.url, "title": match.group(1).strip() if match else None}
