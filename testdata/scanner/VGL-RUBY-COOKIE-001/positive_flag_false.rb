class AuthController < ApplicationController
  def login
    cookies[:auth] = { value: SecureRandom.hex(16), httponly: false, secure: true }
    head :ok
  end
end
