import os

from flask import Flask, request, send_file

app = Flask(__name__)
BASE = "/srv/app/static/reports"


def report_path(kind):
    # Only two report files exist; anything else gets the summary.
    if kind == "full":
        return os.path.join(BASE, "full.pdf")
    return os.path.join(BASE, "summary.pdf")


@app.route("/reports/latest")
def latest_report():
    return send_file(report_path(request.args.get("kind", "")), mimetype="application/pdf")
