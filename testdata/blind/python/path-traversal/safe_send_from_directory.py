from flask import Flask, request, send_from_directory

app = Flask(__name__)
EXPORT_ROOT = "/var/lib/app/exports"


@app.route("/exports/download")
def download_export():
    filename = request.args.get("file", "latest.csv")
    # send_from_directory joins with werkzeug.security.safe_join and 404s on escapes.
    return send_from_directory(EXPORT_ROOT, filename, as_attachment=True)
