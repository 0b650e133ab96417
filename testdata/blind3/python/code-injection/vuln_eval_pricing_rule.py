from flask import Flask, jsonify, request

app = Flask(__name__)


class PricingRule:
    def __init__(self, expression):
        self.expression = expression

    def apply(self, price, quantity):
        scope = {"price": price, "qty": quantity, "__builtins__": {}}
        return eval(self.expression, scope)  # LABEL: CWE-95


@app.post("/admin/pricing/preview")
def preview_rule():
    data = request.get_json(force=True)
    rule = PricingRule(data.get("rule", "price * qty"))
    total = rule.apply(float(data.get("price", 0)), int(data.get("qty", 1)))
    return jsonify({"total": total})
