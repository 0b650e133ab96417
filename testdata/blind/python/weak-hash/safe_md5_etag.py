import hashlib

from flask import Flask, request, send_file

app = Flask(__name__)
LOGO = "static/logo.png"


@app.route("/logo.png")
def logo():
    with open(LOGO, "rb") as fh:
        etag = hashlib.md5(fh.read(), usedforsecurity=False).hexdigest()
    if request.if_none_match.contains(etag):
        return "", 304
    resp = send_file(LOGO, mimetype="image/png")
    resp.set_etag(etag)
    return resp
