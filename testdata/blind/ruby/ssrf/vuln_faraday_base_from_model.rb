# frozen_string_literal: true

require "faraday"

class Integration < ApplicationRecord
  # endpoint_url is entered by workspace admins in the integration settings form.
  def ping
    conn = Faraday.new(url: endpoint_url)
    conn.get("/health") # LABEL: CWE-918
  end
end

class IntegrationsController < ApplicationController
  def create
    integration = current_workspace.integrations.create!(params.require(:integration).permit(:name, :endpoint_url))
    render json: { reachable: integration.ping.success? }
  end
end
