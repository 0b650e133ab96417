import os

from flask import Flask, abort, request

app = Flask(__name__)
DOCS_DIR = os.path.realpath("/srv/app/docs")


@app.route("/docs/view")
def view_doc():
    name = request.args.get("page", "index.md")
    path = os.path.realpath(os.path.join(DOCS_DIR, name))
    if os.path.commonpath([DOCS_DIR, path]) != DOCS_DIR:
        abort(404)
    with open(path, encoding="utf-8") as fh:
        return fh.read(), 200, {"Content-Type": "text/markdown"}
