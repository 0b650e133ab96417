require 'nokogiri'

def load_feed(xml)
  Nokogiri::XML(xml, nil, nil, Nokogiri::XML::ParseOptions::NOENT) # vigil:expect VGL-RUBY-XXE-001
end
