from flask import Flask, request

from .service import Archiver

app = Flask(__name__)


@app.route("/archive")
def archive():
    name = request.args.get("name")  # vigil:source
    svc = Archiver("/srv")
    svc.run(name)
    return "queued"
