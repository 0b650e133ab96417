from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/card")
def card():
    greeting = request.args.get("greeting", "Happy birthday")
    tpl = "<div class='card'>" + greeting + ", {{ name }}!</div>"
    return render_template_string(tpl, name="friend")  # LABEL: CWE-1336
