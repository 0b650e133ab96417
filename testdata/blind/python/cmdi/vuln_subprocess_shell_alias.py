import subprocess as sp
import tempfile

from flask import Flask, request, send_file

app = Flask(__name__)


@app.post("/thumbnails")
def thumbnail():
    upload = request.files["image"]
    size = request.form.get("size", "128x128")
    src = tempfile.NamedTemporaryFile(suffix=".png", delete=False)
    upload.save(src.name)
    out = src.name + ".thumb.png"
    sp.run(f"convert {src.name} -resize {size} {out}", shell=True, check=True)  # LABEL: CWE-78
    return send_file(out, mimetype="image/png")
