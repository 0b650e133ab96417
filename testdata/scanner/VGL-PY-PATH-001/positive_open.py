from flask import request


def download():
    name = request.args["file"]
    with open("/srv/files/" + name, "rb") as fh:  # vigil:expect VGL-PY-PATH-001
        return fh.read()
