class AuthController < ApplicationController
  def login
    cookies[:session_id] = { value: SecureRandom.uuid, httponly: true } # vigil:expect VGL-RUBY-COOKIE-001
    head :ok
  end
end
