import os

import psycopg2
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]


def connect():
    return psycopg2.connect(
        host=os.environ.get("DB_HOST", "localhost"),
        dbname="analytics",
        user=os.environ.get("DB_USER", "app"),
        password=os.environ.get("DB_PASSWORD", ""),
    )
