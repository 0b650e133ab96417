import json
import secrets
from base64 import urlsafe_b64decode, urlsafe_b64encode

from fastapi import Cookie, FastAPI, HTTPException
from fastapi.responses import RedirectResponse

from .oauth import authorize_url, exchange_code

app = FastAPI()


class OAuthState:
    def __init__(self, raw: str | None):
        data = json.loads(urlsafe_b64decode(raw or "e30=")) if raw else {}
        self.return_url = data.get("return_url") or "/"
        self.nonce = data.get("nonce", "")


@app.get("/oauth/start")
def oauth_start(return_url: str = "/"):
    nonce = secrets.token_urlsafe(16)
    state = urlsafe_b64encode(json.dumps({"return_url": return_url, "nonce": nonce}).encode()).decode()
    response = RedirectResponse(url=authorize_url(nonce), status_code=303)
    response.set_cookie("oauth_state", state, secure=True, httponly=True, samesite="lax", max_age=600)
    return response


@app.get("/oauth/callback")
async def oauth_callback(code: str, state: str, oauth_state: str | None = Cookie(default=None)):
    saved = OAuthState(oauth_state)
    if not saved.nonce or not secrets.compare_digest(state, saved.nonce):
        raise HTTPException(status_code=400, detail="state mismatch")
    await exchange_code(code)
    response = RedirectResponse(url=saved.return_url, status_code=303)  # LABEL: CWE-601
    response.delete_cookie("oauth_state")
    return response
