import json


def restore(blob):
    return json.loads(blob)
