import os

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/var/lib/app/uploads"


@app.post("/avatars")
def upload_avatar():
    file = request.files.get("avatar")
    if file is None:
        abort(400)
    name = secure_filename(file.filename or "")
    if not name:
        abort(400)
    file.save(os.path.join(UPLOAD_DIR, name))
    return {"stored": name}, 201
