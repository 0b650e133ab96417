from flask import Flask

app = Flask(__name__)
app.secret_key = "secret_key"
app.config["SECRET_KEY"] = "dev"
