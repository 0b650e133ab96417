import math

from flask import Flask, jsonify, request

app = Flask(__name__)

SAFE_NAMES = {"ceil": math.ceil, "floor": math.floor, "min": min, "max": max}


class PricingRule:
    def __init__(self, formula):
        self.formula = formula

    def apply(self, base, quantity):
        scope = dict(SAFE_NAMES, base=base, qty=quantity)
        return eval(self.formula, {"__builtins__": {}}, scope)  # LABEL: CWE-94


@app.post("/pricing/preview")
def preview_price():
    payload = request.get_json(force=True)
    rule = PricingRule(payload.get("formula", "base * qty"))
    price = rule.apply(float(payload["base"]), int(payload["qty"]))
    return jsonify({"price": round(price, 2)})
