import pickle
from base64 import b64decode


def load_session(request):
    blob = request.cookies.get("state")
    return pickle.loads(b64decode(blob))  # vigil:expect VGL-PY-DESER-002


class Cache:
    def persistent(self, raw):
        return pickle.loads(raw)  # vigil:expect VGL-PY-DESER-002
