class SessionsController < ApplicationController
  def create
    cookies.encrypted[:session_id] = { value: SecureRandom.uuid, httponly: true, secure: Rails.env.production? }
    head :ok
  end
end
