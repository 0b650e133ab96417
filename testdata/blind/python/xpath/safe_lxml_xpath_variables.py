from flask import Flask, abort, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("config/users.xml")


@app.post("/legacy/lookup")
def legacy_lookup():
    name = request.form["name"]
    matches = USERS.xpath("//user[@name=$name]", name=name)
    if not matches:
        abort(404)
    return {"role": matches[0].get("role")}
