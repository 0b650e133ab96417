require "net/http"
require "rss"

class FeedImporter
  class Error < StandardError; end

  def initialize(url, owner:)
    @url = url
    @owner = owner
  end

  def call
    response = Net::HTTP.get_response(URI.parse(@url)) # LABEL: CWE-918
    raise Error, "feed returned #{response.code}" unless response.is_a?(Net::HTTPSuccess)

    parsed = RSS::Parser.parse(response.body, false)
    feed = @owner.feeds.create!(url: @url, title: parsed.channel.title)
    parsed.items.each { |item| feed.entries.create!(title: item.title, link: item.link) }
    feed
  end
end
