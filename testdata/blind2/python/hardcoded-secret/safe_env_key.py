import os

import stripe
from flask import Flask, request

app = Flask(__name__)
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]


@app.post("/charge")
def charge():
    amount = int(request.form["amount"])
    intent = stripe.PaymentIntent.create(amount=amount, currency="eur")
    return {"id": intent.id}
