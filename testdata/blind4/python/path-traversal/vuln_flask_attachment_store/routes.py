from flask import Blueprint, current_app, jsonify, request

from .storage import AttachmentStore

bp = Blueprint("attachments", __name__)


@bp.post("/tickets/<int:ticket_id>/attachments")
def upload_attachment(ticket_id):
    uploaded = request.files.get("attachment")
    if uploaded is None or uploaded.filename == "":
        return jsonify({"error": "no file"}), 400
    store = AttachmentStore(current_app.config["ATTACHMENT_ROOT"], ticket_id)
    saved = store.save(uploaded.filename, uploaded.stream)
    return jsonify({"path": saved}), 201
