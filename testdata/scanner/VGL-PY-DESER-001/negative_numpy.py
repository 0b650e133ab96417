import numpy as np
from flask import Flask, request

app = Flask(__name__)


@app.route("/arrays", methods=["POST"])
def upload():
    arr = np.load(request.files["array"])
    same = np.load(request.files["array"], allow_pickle=False)
    model = np.load("/opt/app/weights.npy", allow_pickle=True)
    return {"n": int(arr.size + same.size + model.size)}
