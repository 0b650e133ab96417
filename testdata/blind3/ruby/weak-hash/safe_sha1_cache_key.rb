require "digest"

class SearchResultsCache
  TTL = 10.minutes

  def initialize(store = Rails.cache)
    @store = store
  end

  def fetch(query, filters)
    key = "search/" + Digest::SHA1.hexdigest([query, filters.sort].to_json)
    @store.fetch(key, expires_in: TTL) { yield }
  end
end

class SearchController < ApplicationController
  def index
    results = SearchResultsCache.new.fetch(params[:q].to_s, params.fetch(:filters, {}).to_unsafe_h) do
      Product.search(params[:q]).limit(20).to_a
    end
    render json: results
  end
end
