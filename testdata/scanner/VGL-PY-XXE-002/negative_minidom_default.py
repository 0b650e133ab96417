from xml.dom import minidom


def read(path):
    return minidom.parse(path)
