from flask import Flask

app = Flask(__name__)
app.config["SESSION_COOKIE_NAME"] = "sid"
