import pickle
import sys

import requests
import yaml


def load_job(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)  # LABEL: CWE-502


def load_settings(path):
    with open(path) as fh:
        return yaml.safe_load(fh)


def post_result(url, payload):
    return requests.post(url, json=payload, timeout=10)


def fetch_feed():
    return requests.get("https://feeds.example.com/daily.json", timeout=5, verify=False)  # LABEL: CWE-295


if __name__ == "__main__":
    job = load_job(sys.argv[1])
    post_result("https://results.example.com/api", job)
