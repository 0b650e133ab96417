class SessionsController < ApplicationController
  COOKIE_OPTIONS = { httponly: true, secure: true, same_site: :lax }.freeze

  # the flags come from a shared options hash
  def create
    cookies.signed[:user_id] = COOKIE_OPTIONS.merge(value: current_user.id)
    cookies.encrypted[:session_token] = cookie_options
    head :ok
  end
end
