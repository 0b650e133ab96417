from lxml import etree


def parse(data):
    parser = etree.XMLParser(resolve_entities=True)  # vigil:expect VGL-PY-XXE-001
    return etree.fromstring(data, parser)
