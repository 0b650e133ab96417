import xml.etree.ElementTree as ET


def read(body):
    root = ET.fromstring(body)  # vigil:expect VGL-PY-XXE-002
    return root.findall("item")
