import os

from flask import Flask, request

app = Flask(__name__)
DOCS_DIR = "/srv/app/docs"


@app.route("/docs/view")
def view_doc():
    name = request.args.get("page", "index.md")
    path = os.path.join(DOCS_DIR, name)
    with open(path, encoding="utf-8") as fh:  # LABEL: CWE-22
        body = fh.read()
    return body, 200, {"Content-Type": "text/markdown"}
