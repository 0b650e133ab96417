import os
from flask import request, send_file
from werkzeug.utils import secure_filename


def report():
    name = secure_filename(request.args.get("name"))
    return send_file(os.path.join("/var/reports", name))
