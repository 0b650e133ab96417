from flask import Flask, send_from_directory

app = Flask(__name__)


@app.route("/invoices/<path:name>")
def invoice(name):
    return send_from_directory("/srv/invoices", name, mimetype="application/pdf")
