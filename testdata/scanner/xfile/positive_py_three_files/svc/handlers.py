from flask import request

from svc.service import archive


def archive_view():
    label = request.values.get("label")  # vigil:source
    archive(label)
    return "ok"
