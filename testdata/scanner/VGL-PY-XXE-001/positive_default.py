import lxml.etree


def parse(data):
    parser = lxml.etree.XMLParser(load_dtd=True)  # vigil:expect VGL-PY-XXE-001
    return lxml.etree.fromstring(data, parser)
