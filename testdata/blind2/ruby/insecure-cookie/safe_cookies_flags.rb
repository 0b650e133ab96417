class LoginsController < ApplicationController
  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])
    return render(:new, status: :unprocessable_entity) unless user

    token = user.remember_tokens.create!(value: SecureRandom.hex(32)).value
    cookies[:auth_token] = { value: token, expires: 2.weeks.from_now, secure: true, httponly: true, same_site: :lax }
    redirect_to root_path
  end
end
