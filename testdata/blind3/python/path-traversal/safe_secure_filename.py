import os

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = "/var/www/avatars"


@app.post("/me/avatar")
def upload_avatar():
    upload = request.files["avatar"]
    name = secure_filename(upload.filename)
    if not name:
        return jsonify({"error": "bad file name"}), 400
    upload.save(os.path.join(app.config["UPLOAD_FOLDER"], name))
    return jsonify({"avatar": name}), 201
