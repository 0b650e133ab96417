require "sinatra"
require "nokogiri"

OPTIONS = Nokogiri::XML::ParseOptions::DEFAULT_XML | Nokogiri::XML::ParseOptions::DTDLOAD | Nokogiri::XML::ParseOptions::NOENT

post "/invoices/validate" do
  upload = params[:invoice][:tempfile]
  doc = Nokogiri::XML::Document.parse(upload.read, nil, "UTF-8", OPTIONS) # LABEL: CWE-611
  doc.errors.empty? ? "valid" : "invalid"
end
