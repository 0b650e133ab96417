import os

from flask import Flask, abort, request

app = Flask(__name__)
REPORTS = {
    "disk": "df -h",
    "memory": "free -m",
    "uptime": "uptime",
}


@app.route("/admin/report")
def report():
    name = request.args.get("name", "uptime")
    command = REPORTS.get(name)
    if command is None:
        abort(404)
    with os.popen(command) as pipe:
        return pipe.read(), 200, {"Content-Type": "text/plain"}
