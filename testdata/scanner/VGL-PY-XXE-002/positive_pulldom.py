from xml.dom import pulldom
from xml.sax import make_parser


def events(path):
    parser = make_parser()
    parser.setFeature("http://xml.org/sax/features/external-general-entities", True)
    return pulldom.parse(path, parser=parser)  # vigil:expect VGL-PY-XXE-002
