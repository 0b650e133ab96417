"""FastAPI: body model fields passed as argument lists (no shell) or quoted."""
import shlex
import subprocess

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Ping(BaseModel):
    host: str
    count: int = 1


@app.post("/ping")
def ping(body: Ping):
    out = subprocess.run(["ping", "-c", str(body.count), body.host], capture_output=True)
    return {"out": out.stdout.decode()}


@app.post("/ping2")
def ping2(body: Ping):
    out = subprocess.run("ping -c 1 " + shlex.quote(body.host), shell=True, capture_output=True)
    return {"out": out.stdout.decode()}
