import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
GEOCODER = "https://geocoder.example.com/v1/search"


@app.route("/geocode")
def geocode():
    address = request.args.get("address", "")
    resp = requests.get(GEOCODER, params={"q": address, "limit": 1}, timeout=5)
    return jsonify(resp.json())
