from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expression = request.args.get("expr", "0")
    value = eval(expression)  # LABEL: CWE-95
    return jsonify(expression=expression, value=value)
