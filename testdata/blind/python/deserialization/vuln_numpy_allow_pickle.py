import io

import numpy as np
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/datasets/preview")
def preview_dataset():
    upload = request.files["array"]
    data = np.load(io.BytesIO(upload.read()), allow_pickle=True)  # LABEL: CWE-502
    return jsonify(shape=list(getattr(data, "shape", ())), dtype=str(getattr(data, "dtype", "object")))
