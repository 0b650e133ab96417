from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


class SearchPage:
    def __init__(self, query, hits):
        self.query = query
        self.hits = hits

    def context(self, request):
        return {"request": request, "query": self.query, "hits": self.hits}


@app.get("/search")
def search(request: Request, q: str = ""):
    if not q:
        q = ""
    page = SearchPage(q, hits=[])
    return templates.TemplateResponse("search.html", page.context(request))
