class StatusClient
  STATUS_URL = "https://status.example.com/api/v2/status.json".freeze

  def initialize(http = Faraday.new(request: { timeout: 5 }))
    @http = http
  end

  def fetch
    @http.get(STATUS_URL)
  end
end

class StatusController < ApplicationController
  def show
    @status = StatusClient.new.fetch
    @page = params[:page]
  end
end
