import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/lint")
def lint():
    flags = " ".join(f"--{name}" for name in request.args.getlist("rule"))
    result = subprocess.run("eslint " + flags + " src/", shell=True, capture_output=True, text=True)  # LABEL: CWE-78
    return result.stdout, 200, {"Content-Type": "text/plain"}
