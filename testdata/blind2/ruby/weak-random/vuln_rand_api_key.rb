class ApiKeysController < ApplicationController
  before_action :authenticate_user!

  def create
    chars = [*"a".."z", *"0".."9"]
    key = Array.new(40) { chars[rand(chars.size)] }.join # LABEL: CWE-338
    current_user.api_keys.create!(token: key)
    render json: { key: key }, status: :created
  end
end
