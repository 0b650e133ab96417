require "sinatra"
require "open-uri"
require "rss"

post "/feeds/preview" do
  feed_url = params[:feed_url]
  body = URI.open(feed_url, read_timeout: 5).read # LABEL: CWE-918
  feed = RSS::Parser.parse(body, false)
  "#{feed.items.size} items"
end
