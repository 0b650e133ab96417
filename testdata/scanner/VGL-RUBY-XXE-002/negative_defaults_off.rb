require 'libxml'
class ImportController < ApplicationController
  def create
    LibXML::XML.default_substitute_entities = false
    LibXML::XML.default_load_external_dtd = false
    doc = LibXML::XML::Parser.string(request.body.read).parse
    render plain: doc.root.content
  end
end
