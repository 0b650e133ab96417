import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/scans/self-test")
def self_test():
    body = request.get_json(force=True)
    options = {"target": body.get("target", "")}
    # The self-test always scans the loopback interface, whatever was posted.
    options["target"] = "127.0.0.1"
    code = os.system("nmap -sV -p 22,80,443 " + options["target"] + " > /tmp/self-test.txt")
    return {"started": code == 0, "requested": len(body)}
