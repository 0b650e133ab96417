from defusedxml import ElementTree as SafeET
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/feeds/opml")
def import_opml():
    document = SafeET.fromstring(request.get_data())
    feeds = []
    for outline in document.iter("outline"):
        url = outline.get("xmlUrl")
        if url:
            feeds.append({"title": outline.get("title"), "url": url})
    return jsonify({"count": len(feeds), "feeds": feeds})
