from typing import Annotated

from fastapi import FastAPI, Form, Header, Query
from fastapi.responses import HTMLResponse
from jinja2 import Template

app = FastAPI()

PAGE = "<html><body><h1>Results for {term}</h1></body></html>"


# response_class=HTMLResponse: the str the route returns is the HTML body
@app.get("/search", response_class=HTMLResponse)
def search(q: str = Query(default="")):
    return PAGE.format(term=q)  # vigil:expect VGL-PY-XSS-001


@app.get("/hello")
def hello(name: str = Query(...)):
    return HTMLResponse(content=f"<p>Hello {name}</p>")  # vigil:expect VGL-PY-XSS-001


@app.get("/agent")
def agent(user_agent: str = Header(default="")):
    return HTMLResponse("<p>" + user_agent + "</p>")  # vigil:expect VGL-PY-XSS-001


@app.get("/items/{item}", response_class=HTMLResponse)
async def item(item: str):
    body = "<div>%s</div>" % item
    return body  # vigil:expect VGL-PY-XSS-001


@app.post("/comment")
def comment(text: str = Form(...)):
    return HTMLResponse(content="<p>{}</p>".format(text))  # vigil:expect VGL-PY-XSS-001


@app.get("/card", response_class=HTMLResponse)
def card(title: str = Query(default="")):
    return Template("<h2>{{ title }}</h2>").render(title=title)  # vigil:expect VGL-PY-XSS-001


@app.get("/tag", response_class=HTMLResponse)
def tag(t: Annotated[str, Query()] = ""):
    return f"<span>{t}</span>"  # vigil:expect VGL-PY-XSS-001
