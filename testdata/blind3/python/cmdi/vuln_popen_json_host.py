from os import popen as run_pipe

from flask import Flask, jsonify, request

app = Flask(__name__)


class Diagnostics:
    def __init__(self, count=3):
        self.count = count

    def ping(self, host):
        return run_pipe("ping -c %d %s" % (self.count, host)).read()  # LABEL: CWE-78


@app.post("/admin/diagnostics/ping")
def ping():
    payload = request.get_json(silent=True) or {}
    host = payload.get("host", "127.0.0.1")
    output = Diagnostics().ping(host)
    return jsonify({"host": host, "output": output})
