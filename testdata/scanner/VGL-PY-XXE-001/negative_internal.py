from lxml import etree


def read(body):
    parser = etree.XMLParser(resolve_entities="internal", no_network=True)
    return etree.fromstring(body, parser)
