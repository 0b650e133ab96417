require "sinatra"
require "nokogiri"

CATALOG = Nokogiri::XML(File.read("catalog.xml"))

get "/isbn" do
  title = params["title"]
  node = CATALOG.at_xpath("//book[title='#{title}']/isbn") # LABEL: CWE-643
  node ? node.text : halt(404)
end
