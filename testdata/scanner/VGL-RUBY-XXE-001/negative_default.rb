require 'nokogiri'

def load_feed(xml)
  Nokogiri::XML(xml) { |config| config.strict.nonet }
end
