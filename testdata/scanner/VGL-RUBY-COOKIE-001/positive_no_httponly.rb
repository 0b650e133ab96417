class SessionsController < ApplicationController
  def create
    token = SecureRandom.hex(32)
    cookies[:auth_token] = { value: token, secure: true }
    head :ok
  end
end
