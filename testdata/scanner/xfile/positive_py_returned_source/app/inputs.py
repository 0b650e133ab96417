from flask import request


def requested_name():
    value = request.args.get("name", "")  # vigil:source
    return value.strip()
