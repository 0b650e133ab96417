from flask import Flask, request
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine

app = Flask(__name__)
engine = create_engine("sqlite:///feedback.db")
meta = MetaData()
feedback = Table("feedback", meta, Column("id", Integer, primary_key=True), Column("body", String))


@app.post("/feedback")
def add_feedback():
    body = request.form.get("body", "")
    with engine.begin() as conn:
        conn.execute(feedback.insert().values(body=body))
    return "", 204
