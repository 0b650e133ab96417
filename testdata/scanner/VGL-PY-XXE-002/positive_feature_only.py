import xml.sax


def make(handler):
    # the parser leaves this function: only the line that turns the feature on is known
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_pes, True)  # vigil:expect VGL-PY-XXE-002
    parser.setContentHandler(handler)
    return parser
