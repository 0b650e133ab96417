from flask import Flask, render_template_string, request

app = Flask(__name__)

RECEIPT = """
<html><body>
  <h1>Thanks, {{ name }}</h1>
  <p>Order {{ order_id }} is confirmed.</p>
</body></html>
"""


@app.get("/receipt/<int:order_id>")
def receipt(order_id):
    name = request.args.get("name", "customer")
    return render_template_string(RECEIPT, name=name, order_id=order_id)
