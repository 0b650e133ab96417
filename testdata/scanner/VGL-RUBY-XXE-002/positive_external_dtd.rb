require 'xml'

XML.default_load_external_dtd = true # vigil:expect VGL-RUBY-XXE-002

def parse_feed(body)
  XML::Parser.string(body).parse
end
