from fastapi import FastAPI, File, Form, UploadFile

from .thumbs import Thumbnailer

app = FastAPI()
thumbnailer = Thumbnailer(workdir="/var/lib/media/incoming")


@app.post("/media/thumbnail")
async def make_thumbnail(upload: UploadFile = File(...), size: str = Form("200x200")):
    data = await upload.read()
    stored = thumbnailer.store(upload.filename, data)
    out = thumbnailer.resize(stored, size)
    return {"thumbnail": out}
