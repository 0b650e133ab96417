import secrets

from fastapi import FastAPI, Response
from pydantic import BaseModel

app = FastAPI()


class Login(BaseModel):
    email: str
    password: str


@app.post("/auth/session")
def create_session(body: Login, response: Response):
    token = secrets.token_urlsafe(32)
    response.set_cookie(key="refresh_token", value=token, max_age=1209600, samesite="lax")  # LABEL: CWE-614, CWE-1004
    return {"ok": True}


@app.get("/auth/ping")
def ping():
    return {"pong": True}
