import os

from flask import Flask, jsonify, request

app = Flask(__name__)
UPLOAD_DIR = "/var/www/uploads"


@app.post("/attachments")
def upload_attachment():
    file = request.files.get("attachment")
    if file is None or file.filename == "":
        return jsonify({"error": "no file"}), 400
    destination = os.path.join(UPLOAD_DIR, file.filename)
    file.save(destination)  # LABEL: CWE-22
    return jsonify({"stored": file.filename}), 201
