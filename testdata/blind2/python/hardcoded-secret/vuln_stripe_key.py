import stripe
from flask import Flask, request

app = Flask(__name__)
stripe.api_key = "sk_live_51HqLxAbCdEf0123456789GhIjKlMnOpQrStUvWxYz"  # LABEL: CWE-798


@app.post("/charge")
def charge():
    amount = int(request.form["amount"])
    intent = stripe.PaymentIntent.create(amount=amount, currency="eur")
    return {"id": intent.id}
