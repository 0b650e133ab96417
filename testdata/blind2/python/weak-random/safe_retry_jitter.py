import random
import time

import requests


def fetch_with_retry(url, attempts=4):
    for n in range(attempts):
        try:
            return requests.get(url, timeout=5)
        except requests.RequestException:
            time.sleep((2 ** n) + random.uniform(0, 0.5))
    raise RuntimeError("gave up on " + url)
