from lxml import etree
from flask import request

DOC = etree.parse("users.xml")


def lookup():
    name = request.args["name"]
    return DOC.xpath("//user[@name='" + name + "']")  # vigil:expect VGL-PY-XPATH-001
