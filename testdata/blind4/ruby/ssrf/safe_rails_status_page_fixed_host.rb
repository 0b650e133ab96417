require "net/http"

class StatusPageClient
  HOST = "status.internal-services.example".freeze

  def initialize(component_id)
    @component_id = Integer(component_id)
  end

  def fetch
    uri = URI::HTTPS.build(host: HOST, path: "/api/v1/components/#{@component_id}")
    response = Net::HTTP.get_response(uri)
    response.is_a?(Net::HTTPSuccess) ? JSON.parse(response.body) : { "status" => "unknown" }
  end
end

class ComponentsController < ApplicationController
  def status
    render json: StatusPageClient.new(params[:id]).fetch
  rescue ArgumentError
    head :bad_request
  end
end
