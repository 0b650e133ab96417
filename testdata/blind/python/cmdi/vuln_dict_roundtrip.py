import os

from flask import Flask, request

app = Flask(__name__)


def build_scan(options):
    parts = ["nmap", "-sV", "-p", options.get("ports", "1-1024"), options["target"]]
    return " ".join(parts)


@app.post("/scans")
def start_scan():
    body = request.get_json(force=True)
    options = {}
    options["target"] = body["target"]
    options["ports"] = "22,80,443"
    code = os.system(build_scan(options) + " > /tmp/last-scan.txt")  # LABEL: CWE-78
    return {"started": code == 0}
