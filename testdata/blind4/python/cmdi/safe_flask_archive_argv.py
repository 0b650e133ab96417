import os
import subprocess
import uuid

from flask import Flask, abort, request, send_file

app = Flask(__name__)
EXPORT_ROOT = "/srv/exports"


@app.post("/projects/<int:project_id>/archive")
def archive_project(project_id):
    label = request.form.get("label") or "export"
    if not label.replace("-", "").isalnum():
        abort(400)
    project_dir = os.path.join(EXPORT_ROOT, str(project_id))
    if not os.path.isdir(project_dir):
        abort(404)
    out = os.path.join("/tmp", f"{label}-{uuid.uuid4().hex}.tar.gz")
    subprocess.run(
        ["tar", "-czf", out, "-C", project_dir, "--", "."],
        check=True,
        timeout=120,
    )
    return send_file(out, as_attachment=True, download_name=f"{label}.tar.gz")
