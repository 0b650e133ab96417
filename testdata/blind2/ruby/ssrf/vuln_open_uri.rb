require "sinatra"
require "open-uri"

get "/import" do
  feed_url = params["feed"]
  xml = URI.open(feed_url, read_timeout: 5).read # LABEL: CWE-918
  content_type :xml
  xml
end
