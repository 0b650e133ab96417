import asyncio

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class BackupRequest(BaseModel):
    database: str
    label: str = "manual"


@app.post("/backups")
async def create_backup(req: BackupRequest):
    target = f"/var/backups/{req.label}.sql.gz"
    cmd = "pg_dump " + req.database + " | gzip > " + target
    proc = await asyncio.create_subprocess_shell(cmd)  # LABEL: CWE-78
    code = await proc.wait()
    return {"ok": code == 0, "file": target}
