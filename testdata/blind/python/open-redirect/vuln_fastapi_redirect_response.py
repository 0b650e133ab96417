from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/sso/callback")
def sso_callback(code: str, state: str = "/"):
    # The state parameter carries the page the user started from.
    return RedirectResponse(url=state, status_code=303)  # LABEL: CWE-601
