import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/repos/clone")
def clone():
    body = request.get_json(force=True)
    url = body["url"]
    branch = body.get("branch") or "main"
    if not url.startswith("https://"):
        return jsonify({"error": "https only"}), 400
    result = subprocess.run(
        ["git", "clone", "--depth", "1", "--branch", branch, "--", url, "/srv/checkouts/job"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return jsonify({"code": result.returncode, "log": result.stderr[-2000:]})
