from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
STORE = Path("/var/app/uploads")


@app.post("/upload")
async def upload(file: UploadFile):
    data = await file.read()
    dest = STORE / file.filename
    dest.write_bytes(data)  # LABEL: CWE-22
    return {"stored": str(dest)}
