import os
from flask import request, send_file


def report():
    path = os.path.join("/var/reports", request.args.get("name"))
    return send_file(path)  # vigil:expect VGL-PY-PATH-001
