import os

from flask import Flask
from flask_jwt_extended import JWTManager

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]
app.config["JWT_TOKEN_LOCATION"] = "headers"
app.config["JWT_ALGORITHM"] = "HS256"
jwt = JWTManager(app)
