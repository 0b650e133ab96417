from flask import Flask

app = Flask(__name__)
app.secret_key = "dev-key-please-change-3c9f"  # vigil:expect VGL-PY-FLASK-001
