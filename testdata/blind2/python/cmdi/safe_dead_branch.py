import os

from flask import Flask, request

app = Flask(__name__)
DEBUG_SHELL = False


@app.route("/diag")
def diag():
    cmd = request.args.get("cmd", "uptime")
    if DEBUG_SHELL and False:
        os.system(cmd)
    cmd = "uptime"
    return os.popen(cmd).read()
