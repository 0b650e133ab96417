from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from starlette.responses import RedirectResponse as StarletteRedirect

app = FastAPI()


@app.get("/sso/return")
def sso_return(next_url: str):
    return RedirectResponse(url=next_url, status_code=303)  # vigil:expect VGL-PY-REDIR-001


@app.get("/out")
def out(target: str = "/"):
    return StarletteRedirect(url=target)  # vigil:expect VGL-PY-REDIR-001
