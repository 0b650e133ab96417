class AuthController < ApplicationController
  def login
    cookies[:auth] = { value: SecureRandom.hex(16), httponly: false, secure: true } # vigil:expect VGL-RUBY-COOKIE-001
    head :ok
  end
end
