import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/convert", methods=["POST"])
def convert():
    opts = ["convert", "/tmp/in.png"]
    for key in ("resize", "rotate"):
        value = request.form.get(key)
        if value:
            opts.append("-%s %s" % (key, value))
    opts.append("/tmp/out.png")
    subprocess.run(" ".join(opts), shell=True, check=True)  # LABEL: CWE-78
    return "ok"
