# frozen_string_literal: true

require "net/http"

class GeocodesController < ApplicationController
  ENDPOINT = URI("https://geocoder.example.com/v1/search")

  def show
    uri = ENDPOINT.dup
    uri.query = URI.encode_www_form(q: params[:address].to_s, limit: 1)
    render json: JSON.parse(Net::HTTP.get(uri))
  end
end
