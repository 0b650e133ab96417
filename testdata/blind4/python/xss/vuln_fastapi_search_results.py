import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from .search import search_index

app = FastAPI()


@app.get("/search", response_class=HTMLResponse)
def search(q: str = "", page: int = 1):
    hits = search_index(q, page=page)
    parts = ["<ul class='hits'>"]
    for hit in hits:
        parts.append("<li><a href='/docs/%d'>%s</a></li>" % (hit.id, html.escape(hit.title)))
    parts.append("</ul>")
    heading = "<h2>%d results for %s</h2>" % (len(hits), q)
    return HTMLResponse(content=heading + "".join(parts))  # LABEL: CWE-79
