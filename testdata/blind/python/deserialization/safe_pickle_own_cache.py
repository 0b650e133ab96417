"""Reads back a cache file this service wrote itself at start-up."""
import os
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)
CACHE_FILE = os.path.join(os.path.dirname(__file__), "cache", "geo_index.pickle")


@app.route("/geo/lookup")
def lookup():
    code = request.args.get("code", "")
    with open(CACHE_FILE, "rb") as fh:
        index = pickle.load(fh)
    return jsonify(country=index.get(code.upper()))
