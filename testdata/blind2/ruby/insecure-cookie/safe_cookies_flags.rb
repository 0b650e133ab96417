class LoginsController < ApplicationController
  def create
    token = SecureRandom.hex(32)
    cookies[:auth_token] = { value: token, expires: 2.weeks.from_now, secure: true, httponly: true, same_site: :lax }
    redirect_to root_path
  end
end
