import operator

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

OPERATIONS = {
    "add": operator.add,
    "sub": operator.sub,
    "mul": operator.mul,
    "max": max,
    "min": min,
}


class PricingRule:
    def __init__(self, op_name, amount):
        self.op = OPERATIONS.get(op_name)
        self.amount = float(amount)

    def apply(self, base):
        if self.op is None:
            raise ValueError("unsupported operation")
        return self.op(base, self.amount)


@app.post("/pricing/preview")
def preview_price():
    payload = request.get_json(force=True)
    try:
        rule = PricingRule(payload.get("op", "mul"), payload.get("amount", 1))
        price = rule.apply(float(payload["base"]))
    except (KeyError, ValueError):
        abort(400)
    return jsonify({"price": round(price, 2)})
