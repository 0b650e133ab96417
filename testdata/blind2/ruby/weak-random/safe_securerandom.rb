require "securerandom"

class ApiKeysController < ApplicationController
  before_action :authenticate_user!

  def create
    key = SecureRandom.alphanumeric(40)
    current_user.api_keys.create!(token: key)
    render json: { key: key }, status: :created
  end
end
