import json


def read(body):
    return json.loads(body)
