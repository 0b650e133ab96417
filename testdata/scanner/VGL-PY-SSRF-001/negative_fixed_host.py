import requests
from flask import request


def weather():
    city = request.args.get("city")
    resp = requests.get("https://api.weather.example/v1/now", params={"q": city}, timeout=5)
    return resp.text
