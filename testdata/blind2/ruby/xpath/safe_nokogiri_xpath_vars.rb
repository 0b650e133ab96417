require "sinatra"
require "nokogiri"

CATALOG = Nokogiri::XML(File.read("catalog.xml"))

get "/isbn" do
  title = params["title"].to_s
  node = CATALOG.at_xpath("//book[title=$title]/isbn", nil, { "title" => title })
  halt 404 unless node
  node.text
end
