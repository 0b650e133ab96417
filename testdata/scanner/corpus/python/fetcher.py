import urllib.request
from xml.etree import ElementTree

from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"weather": "https://api.weather.example/now", "news": "https://news.example/top"}


@app.route("/proxy")
def proxy():
    url = request.args["url"]
    return urllib.request.urlopen(url).read()  # LABEL: CWE-918


@app.route("/feed/<name>")
def feed(name):
    target = ALLOWED.get(name)
    if target is None:
        return "unknown", 404
    return urllib.request.urlopen(target).read()


@app.route("/import", methods=["POST"])
def import_xml():
    doc = ElementTree.fromstring(request.data)  # LABEL: CWE-776
    return str(len(doc))
