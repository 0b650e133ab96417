# frozen_string_literal: true

require "net/http"

class Integrations::WebhookTestsController < ApplicationController
  def create
    uri = URI.parse(params.require(:url))
    response = Net::HTTP.get_response(uri) # LABEL: CWE-918
    render json: { status: response.code.to_i }
  end
end
