import secrets

from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/auth/session")
def create_session(response: Response):
    token = secrets.token_urlsafe(32)
    response.set_cookie(
        key="refresh_token",
        value=token,
        max_age=1209600,
        secure=True,
        httponly=True,
        samesite="strict",
    )
    return {"ok": True}
