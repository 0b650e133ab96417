# frozen_string_literal: true

class Api::EchoController < Api::BaseController
  def show
    render json: { query: params[:q].to_s, received_at: Time.current.iso8601 }
  end
end
