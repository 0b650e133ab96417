import hashlib

from flask import Flask, make_response

app = Flask(__name__)


@app.route("/manifest.json")
def manifest():
    with open("static/manifest.json", "rb") as fh:
        body = fh.read()
    resp = make_response(body)
    resp.set_etag(hashlib.md5(body, usedforsecurity=False).hexdigest())
    return resp
