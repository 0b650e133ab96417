from pathlib import Path

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = Path("/srv/reports")


@app.route("/report")
def report():
    name = secure_filename(request.args.get("name", "default.txt"))
    text = (BASE / name).read_text()
    banner = (BASE / "banner.txt").read_text()
    return banner + text + request.args.get("q", "")
