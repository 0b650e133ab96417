import xml.etree.ElementTree as ET


def read(body):
    root = ET.fromstring(body)
    return root.findall("item")
