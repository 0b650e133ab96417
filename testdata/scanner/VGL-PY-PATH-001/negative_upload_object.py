import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


class Attachments:
    root = "/srv/attachments"

    def read(self, name):
        with open(os.path.join(self.root, os.path.basename(name)), "rb") as f:
            return f.read()


class AttachmentView:
    store = Attachments()

    def get(self, name):
        return self.store.read(name)


@app.route("/upload", methods=["POST"])
def upload():
    doc = request.files["doc"]
    doc.save(os.path.join(UPLOADS, secure_filename(doc.filename)))
    avatar = request.files.get("avatar")
    avatar.save(os.path.join(UPLOADS, "avatar.png"))
    return "saved"


@app.route("/attachments")
def attachment():
    return AttachmentView().get(request.args["name"])
