import os
import shutil

from flask import Blueprint, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("attachments", __name__)


class AttachmentStore:
    def __init__(self, root, ticket_id):
        self.folder = os.path.join(root, "tickets", str(ticket_id))

    def save(self, filename, stream):
        os.makedirs(self.folder, exist_ok=True)
        target = os.path.join(self.folder, filename)
        with open(target, "wb") as out:
            shutil.copyfileobj(stream, out)
        return target


@bp.post("/tickets/<int:ticket_id>/attachments")
def upload_attachment(ticket_id):
    uploaded = request.files.get("attachment")
    name = secure_filename(uploaded.filename) if uploaded else ""
    if not name:
        return jsonify({"error": "no file"}), 400
    store = AttachmentStore(current_app.config["ATTACHMENT_ROOT"], ticket_id)
    return jsonify({"path": store.save(name, uploaded.stream)}), 201
