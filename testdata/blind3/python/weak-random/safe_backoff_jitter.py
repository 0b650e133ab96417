import random
import time

import requests


class ReportClient:
    def __init__(self, base_url, attempts=4):
        self.base_url = base_url
        self.attempts = attempts

    def fetch(self, path):
        for attempt in range(self.attempts):
            resp = requests.get(self.base_url + path, timeout=10)
            if resp.status_code < 500:
                return resp
            time.sleep((2 ** attempt) + random.uniform(0, 0.5))
        resp.raise_for_status()
        return resp
