import base64
import pickle
from flask import request


def restore():
    blob = base64.b64decode(request.cookies.get("state"))
    return pickle.loads(blob)  # vigil:expect VGL-PY-DESER-001
