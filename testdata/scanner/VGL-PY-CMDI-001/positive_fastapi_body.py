"""FastAPI: fields of a Pydantic body model are request data."""
import os
import subprocess

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Ping(BaseModel):
    host: str
    count: int = 1


class Backup(BaseModel):
    name: str


@app.post("/ping")
def ping(body: Ping):
    out = subprocess.run(f"ping -c {body.count} {body.host}", shell=True, capture_output=True)  # vigil:expect VGL-PY-CMDI-001
    return {"out": out.stdout.decode()}


@app.post("/backup")
async def backup(req: Backup):
    os.system("tar czf /backups/" + req.name + ".tgz /srv/data")  # vigil:expect VGL-PY-CMDI-001
    return {"ok": True}
