import io

import numpy as np
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.post("/datasets/preview")
def preview_dataset():
    upload = request.files["array"]
    try:
        data = np.load(io.BytesIO(upload.read()), allow_pickle=False)
    except ValueError:
        abort(400, "object arrays are not accepted")
    return jsonify(shape=list(data.shape), dtype=str(data.dtype))
