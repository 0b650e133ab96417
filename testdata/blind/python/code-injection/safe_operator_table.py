import operator

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
OPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul}


@app.route("/calc")
def calc():
    op = OPS.get(request.args.get("op", ""))
    if op is None:
        abort(400)
    try:
        a = float(request.args["a"])
        b = float(request.args["b"])
    except (KeyError, ValueError):
        abort(400)
    return jsonify(result=op(a, b))
