import io

import numpy as np
from flask import Flask, request

app = Flask(__name__)


@app.route("/arrays", methods=["POST"])
def upload():
    data = request.files["array"].read()
    arr = np.load(io.BytesIO(data), allow_pickle=True)  # vigil:expect VGL-PY-DESER-001
    return {"shape": list(arr.shape)}


@app.route("/arrays2", methods=["POST"])
def upload2():
    arr = np.load(request.files["array"], allow_pickle=True)  # vigil:expect VGL-PY-DESER-001
    return {"n": int(arr.size)}
