from flask import Flask, jsonify, render_template_string, request

app = Flask(__name__)
GREETING = "Hello {{ name }}, you have {{ count }} new messages."


@app.route("/api/greeting")
def greeting():
    text = render_template_string(GREETING, name=request.args.get("name", "there"), count=3)
    return jsonify(greeting=text)
