import subprocess
from flask import request


def ping():
    host = request.form["host"]
    subprocess.run(["ping", "-c", "1", host], check=True)
    return "ok"
