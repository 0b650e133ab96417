from flask import Flask
from flask_jwt_extended import JWTManager

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = "k7Qz9vLp2Xw8e3Rt"  # vigil:expect VGL-PY-FLASK-001
jwt = JWTManager(app)
