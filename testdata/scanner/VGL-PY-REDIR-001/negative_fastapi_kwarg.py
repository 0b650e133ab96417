from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
PAGES = {"home": "/", "docs": "/docs"}


@app.get("/go")
def go(page: str):
    return RedirectResponse(url=PAGES.get(page, "/"), status_code=302)


@app.get("/login")
def login(user: str):
    return RedirectResponse(url="/dashboard", headers={"X-User": user})
