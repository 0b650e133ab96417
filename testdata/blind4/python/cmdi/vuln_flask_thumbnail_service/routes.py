from flask import Blueprint, request, jsonify

from .media import ThumbnailJob

bp = Blueprint("media", __name__, url_prefix="/media")


@bp.post("/thumbnails")
def create_thumbnail():
    upload = request.files["image"]
    size = request.form.get("size")
    if not size:
        size = "256x256"
    job = ThumbnailJob(upload, size)
    path = job.run()
    return jsonify({"thumbnail": path}), 201
