from lxml import etree
from flask import request

DOC = etree.parse("users.xml")


def lookup():
    return DOC.xpath("//user[@name=$n]", n=request.args["name"])
