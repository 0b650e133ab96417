import defusedxml.ElementTree as ET


def read(body):
    return ET.fromstring(body)
