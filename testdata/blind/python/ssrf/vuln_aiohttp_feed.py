import aiohttp
from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/feeds/check")
async def check_feed(feed_url: str = Query(..., alias="url")):
    async with aiohttp.ClientSession() as session:
        async with session.get(feed_url, timeout=aiohttp.ClientTimeout(total=5)) as resp:  # LABEL: CWE-918
            return {"status": resp.status, "type": resp.headers.get("Content-Type")}
