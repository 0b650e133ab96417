import os

from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"


class Attachments:
    root = "/srv/attachments"

    def read(self, name):
        with open(os.path.join(self.root, name), "rb") as f:  # vigil:expect VGL-PY-PATH-001
            return f.read()


class AttachmentView:
    store = Attachments()

    def get(self, name):
        return self.store.read(name)


@app.route("/upload", methods=["POST"])
def upload():
    doc = request.files["doc"]
    dest = os.path.join(UPLOADS, doc.filename)
    doc.save(dest)  # vigil:expect VGL-PY-PATH-001
    return "saved"


@app.route("/attachments")
def attachment():
    return AttachmentView().get(request.args["name"])
