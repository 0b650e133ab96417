import hashlib
import json

from flask import Flask, Response, request

app = Flask(__name__)
CATALOG = {"version": 7, "items": ["tea", "coffee", "cocoa"]}


@app.get("/catalog.json")
def catalog():
    body = json.dumps(CATALOG, sort_keys=True)
    etag = hashlib.sha1(body.encode(), usedforsecurity=False).hexdigest()
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304)
    resp = Response(body, mimetype="application/json")
    resp.headers["ETag"] = etag
    return resp
