require "sinatra"
require "open-uri"

set :bind, "127.0.0.1"

get "/import" do
  feed_url = params["feed"]
  xml = URI.open(feed_url, read_timeout: 5).read # LABEL: CWE-918
  content_type :xml
  xml
end
