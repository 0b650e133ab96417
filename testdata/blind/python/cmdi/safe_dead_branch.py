import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/git/log")
def git_log():
    branch = request.args.get("branch", "main")
    if False:
        out = subprocess.check_output("git log --oneline " + branch, shell=True)
    else:
        out = subprocess.check_output(["git", "log", "--oneline", "--end-of-options", branch])
    return out.decode(), 200, {"Content-Type": "text/plain"}
