require "sinatra"
require "nokogiri"

CATALOG = Nokogiri::XML(File.read("catalog.xml"))

get "/isbn" do
  node = CATALOG.at_xpath("//book[title=$title]/isbn", nil, { "title" => params["title"].to_s })
  node ? node.text : halt(404)
end
