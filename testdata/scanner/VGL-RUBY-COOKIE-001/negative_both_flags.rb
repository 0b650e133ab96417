class SessionsController < ApplicationController
  def create
    cookies[:auth_token] = { value: SecureRandom.hex(32), httponly: true, secure: true, same_site: :strict }
    head :ok
  end
end
