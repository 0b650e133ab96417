class SearchController < ApplicationController
  API = "https://search.example/api".freeze

  def index
    res = HTTParty.get(API, query: { q: params[:q] })
    render json: res.parsed_response
  end
end
