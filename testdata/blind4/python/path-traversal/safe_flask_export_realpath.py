import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
EXPORT_ROOT = os.path.realpath("/srv/exports")


def resolve_export(name):
    candidate = os.path.realpath(os.path.join(EXPORT_ROOT, name))
    if os.path.commonpath([candidate, EXPORT_ROOT]) != EXPORT_ROOT:
        return None
    return candidate


@app.get("/exports/download")
def download_export():
    name = request.args.get("file")
    if not name:
        abort(400)
    path = resolve_export(name)
    if path is None or not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
