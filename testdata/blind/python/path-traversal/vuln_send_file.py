import os

from flask import Flask, request, send_file

app = Flask(__name__)
EXPORT_ROOT = "/var/lib/app/exports"


@app.route("/exports/download")
def download_export():
    filename = request.values.get("file")
    if filename is None:
        filename = "latest.csv"
    return send_file(os.path.join(EXPORT_ROOT, filename), as_attachment=True)  # LABEL: CWE-22
