from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()

PAGE = """<!doctype html>
<html><head><title>Search</title></head>
<body><h1>Results for {term}</h1><ul>{items}</ul></body></html>"""


def lookup(term: str) -> list[str]:
    return [name for name in ("alpha", "beta", "gamma") if term.lower() in name]


@app.get("/search", response_class=HTMLResponse)
def search(q: str = Query(default="")):
    items = "".join(f"<li>{name}</li>" for name in lookup(q))
    return HTMLResponse(content=PAGE.format(term=q, items=items))  # LABEL: CWE-79
