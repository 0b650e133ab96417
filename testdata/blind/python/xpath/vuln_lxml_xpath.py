from flask import Flask, abort, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("config/users.xml")


@app.post("/legacy/login")
def legacy_login():
    name = request.form["name"]
    password = request.form["password"]
    query = "//user[@name='" + name + "' and @password='" + password + "']"
    matches = USERS.xpath(query)  # LABEL: CWE-643
    if not matches:
        abort(401)
    return {"role": matches[0].get("role")}
