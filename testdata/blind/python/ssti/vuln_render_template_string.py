from flask import Flask, jsonify, render_template_string, request

app = Flask(__name__)


@app.route("/api/greeting")
def greeting():
    name = request.args.get("name", "there")
    template = "Hello " + name + ", you have {{ count }} new messages."
    text = render_template_string(template, count=3)  # LABEL: CWE-1336
    return jsonify(greeting=text)
