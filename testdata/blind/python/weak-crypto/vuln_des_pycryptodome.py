import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad
from flask import Flask, request

app = Flask(__name__)
LEGACY_KEY = os.environ["LEGACY_DES_KEY"].encode()[:8]


@app.post("/legacy/token")
def legacy_token():
    user = request.form["user"]
    cipher = DES.new(LEGACY_KEY, DES.MODE_CBC)  # LABEL: CWE-327
    blob = cipher.iv + cipher.encrypt(pad(user.encode(), DES.block_size))
    return {"token": blob.hex()}
