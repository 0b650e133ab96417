require "faraday"

class FeedsController < ApplicationController
  # the request changes the title only; the URL is the stored, validated one
  def rename
    feed = current_user.feeds.find(params[:id])
    conn = Faraday.new(url: feed.source_url)
    body = conn.get("/").body
    feed.update!(title: params[:title])
    render plain: body
  end
end
