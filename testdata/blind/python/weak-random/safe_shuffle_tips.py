import random

from flask import Flask, jsonify

app = Flask(__name__)
TIPS = [
    "Press ? to see keyboard shortcuts.",
    "You can star a project to pin it.",
    "Filters are kept in the URL, so you can share them.",
]


@app.route("/tips")
def tips():
    order = TIPS[:]
    random.shuffle(order)
    return jsonify(tip=order[0], colour=random.choice(["blue", "green", "amber"]))
