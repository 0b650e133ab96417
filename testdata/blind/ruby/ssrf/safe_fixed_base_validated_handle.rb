# frozen_string_literal: true

require "faraday"

class Api::ProfilesController < Api::BaseController
  # The user directory is an internal service at a fixed address.
  DIRECTORY = Faraday.new(url: ENV.fetch("DIRECTORY_URL", "http://directory.internal:8080")) do |f|
    f.options.timeout = 3
  end

  def show
    handle = params[:handle].to_s
    return head(:not_found) unless handle.match?(/\A[a-z0-9_]{1,32}\z/)

    res = DIRECTORY.get("/v1/users/#{handle}")
    render json: res.body, status: res.status
  end
end
