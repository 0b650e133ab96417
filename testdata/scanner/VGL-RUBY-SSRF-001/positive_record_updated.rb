require "faraday"

class FeedsController < ApplicationController
  def refresh
    feed = current_user.feeds.find(params[:id])
    feed.update!(source_url: params[:source_url])
    conn = Faraday.new(url: feed.source_url) # vigil:expect VGL-RUBY-SSRF-001
    render plain: conn.get("/").body
  end

  def preview
    feed = Feed.new
    feed.assign_attributes(source_url: params.dig(:feed, :source_url))
    render plain: Net::HTTP.get(URI(feed.source_url)) # vigil:expect VGL-RUBY-SSRF-001
  end
end
