import random
import time


def refresh_access_token(client, attempts=5):
    for attempt in range(attempts):
        try:
            return client.refresh_token()
        except TimeoutError:
            time.sleep(2 ** attempt + random.uniform(0, 1))
    raise RuntimeError("token refresh failed")
