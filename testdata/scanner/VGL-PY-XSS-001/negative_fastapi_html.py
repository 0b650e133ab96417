import html
from typing import Annotated, Optional
from uuid import UUID

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")

PAGE = "<html><body><h1>Results for {term}</h1></body></html>"


@app.get("/search", response_class=HTMLResponse)
def search(q: str = Query(default="")):
    return PAGE.format(term=html.escape(q))


@app.get("/count", response_class=HTMLResponse)
def count(n: int = Query(default=0)):
    return PAGE.format(term=n)


@app.get("/page/{pid}")
def page(pid: int):
    return HTMLResponse(content=f"<p>Page {pid}</p>")


# without response_class the str is sent as JSON
@app.get("/plain")
def plain(q: str = Query(default="")):
    return PAGE.format(term=q)


@app.get("/json", response_class=HTMLResponse)
def as_json(q: str = Query(default="")):
    return HTMLResponse(content="<p>" + html.escape(q) + "</p>")


# Jinja2Templates escapes: the name returned is the template response
@app.get("/tpl", response_class=HTMLResponse)
def tpl(request: Request, q: str = Query(default="")):
    resp = templates.TemplateResponse("search.html", {"request": request, "q": q})
    return resp


# numbers and UUIDs stay typed inside Annotated[...] and Optional[...]
@app.get("/n", response_class=HTMLResponse)
def number(n: Annotated[int, Query()] = 0):
    return f"<p>{n}</p>"


@app.get("/o", response_class=HTMLResponse)
def optional(n: Optional[int] = Query(default=None)):
    return f"<p>{n}</p>"


@app.get("/u", response_class=HTMLResponse)
def ident(u: Annotated[UUID, Query()]):
    return f"<p>{u}</p>"
