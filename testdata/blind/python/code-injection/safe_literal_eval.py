import ast

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/settings/parse")
def parse_setting():
    raw = request.args.get("value", "None")
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        abort(400)
    return jsonify(type=type(value).__name__, value=repr(value))
