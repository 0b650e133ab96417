# frozen_string_literal: true

class Api::EchoController < Api::BaseController
  skip_before_action :authenticate_api_key!, only: :show

  # Used by the API explorer to show how a query string was understood.
  def show
    render json: { query: params[:q].to_s, received_at: Time.current.iso8601 }
  end

  def headers_seen
    render json: { user_agent: request.user_agent.to_s, accept: request.headers["Accept"].to_s }
  end
end
