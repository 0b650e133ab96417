import subprocess as sp

from flask import Flask, request

app = Flask(__name__)


@app.post("/ping")
def ping():
    host = request.headers.get("X-Probe-Host", "localhost")
    out = sp.run(["ping", "-c", "1", "--", host], capture_output=True, timeout=5)
    return out.stdout.decode()
