require "securerandom"

class ApiKeysController < ApplicationController
  def create
    key = SecureRandom.alphanumeric(40)
    current_user.api_keys.create!(token: key)
    render json: { key: key }, status: :created
  end
end
