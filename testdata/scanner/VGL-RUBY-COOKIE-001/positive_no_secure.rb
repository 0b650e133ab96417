class AuthController < ApplicationController
  def login
    cookies[:session_id] = { value: SecureRandom.uuid, httponly: true }
    head :ok
  end
end
