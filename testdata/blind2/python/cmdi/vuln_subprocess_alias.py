import subprocess as sp

from flask import Flask, request

app = Flask(__name__)


@app.post("/ping")
def ping():
    host = request.headers.get("X-Probe-Host", "localhost")
    out = sp.check_output("ping -c 1 " + host, shell=True)  # LABEL: CWE-78
    return out.decode()
