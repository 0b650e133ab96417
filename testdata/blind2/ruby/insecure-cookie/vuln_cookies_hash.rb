class LoginsController < ApplicationController
  def create
    token = SecureRandom.hex(32)
    cookies[:auth_token] = { value: token, expires: 2.weeks.from_now } # LABEL: CWE-614, CWE-1004
    redirect_to root_path
  end
end
