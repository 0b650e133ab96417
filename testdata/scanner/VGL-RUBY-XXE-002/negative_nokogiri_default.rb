require 'nokogiri'

def parse_feed(body)
  # Nokogiri's defaults substitute no entities and load no external DTDs
  Nokogiri::XML(body) { |config| config.strict.nonet }
end
