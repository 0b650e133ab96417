import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/diag/ping", methods=["POST"])
def ping():
    host = request.form["host"]
    result = subprocess.run(
        ["ping", "-c", "1", "-W", "2", "--", host],
        capture_output=True,
        timeout=5,
    )
    return {"reachable": result.returncode == 0}
