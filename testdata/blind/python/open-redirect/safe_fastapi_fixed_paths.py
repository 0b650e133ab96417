from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
AFTER_LOGIN = {"billing": "/settings/billing", "projects": "/projects"}


@app.get("/sso/callback")
def sso_callback(code: str, state: str = ""):
    return RedirectResponse(url=AFTER_LOGIN.get(state, "/"), status_code=303)
