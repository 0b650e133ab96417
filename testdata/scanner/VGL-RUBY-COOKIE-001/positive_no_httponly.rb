class SessionsController < ApplicationController
  def create
    token = SecureRandom.hex(32)
    cookies[:auth_token] = { value: token, secure: true } # vigil:expect VGL-RUBY-COOKIE-001
    head :ok
  end
end
