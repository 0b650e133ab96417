import re

import httpx
from fastapi import FastAPI

app = FastAPI()
TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


@app.get("/link-preview")
async def link_preview(url: str):
    async with httpx.AsyncClient(follow_redirects=True, timeout=5) as client:
        resp = await client.get(url)  # LABEL: CWE-918
    match = TITLE.search(resp.text)
    return {
        "url": url,
        "title": match.group(1).strip() if match else None,
        "status": resp.status_code,
    }
