require 'libxml'
class ImportController < ApplicationController
  def create
    LibXML::XML.default_substitute_entities = true # vigil:expect VGL-RUBY-XXE-002
    doc = LibXML::XML::Parser.string(request.body.read).parse
    render plain: doc.root.content
  end
end
