require "net/http"
require "json"

class ShipmentsController < ApplicationController
  TRACKING_API = "https://tracking.example.com/api/v1".freeze

  def track
    id = Integer(params[:id])
    uri = URI("#{TRACKING_API}/parcels/#{id}")
    response = Net::HTTP.get_response(uri)
    render json: JSON.parse(response.body)
  rescue ArgumentError
    head :bad_request
  end
end
