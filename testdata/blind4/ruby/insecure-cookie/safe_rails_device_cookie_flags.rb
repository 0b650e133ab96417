class SessionsController < ApplicationController
  skip_before_action :authenticate_user!, only: %i[new create]

  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])
    if user.nil?
      flash.now[:alert] = "Invalid email or password"
      return render :new, status: :unprocessable_entity
    end

    device = user.trusted_devices.create!(user_agent: request.user_agent, token: SecureRandom.urlsafe_base64(32))
    cookies.encrypted[:trusted_device] = {
      value: device.token,
      expires: 90.days.from_now,
      secure: true,
      httponly: true,
      same_site: :lax
    }
    start_session_for(user)
    redirect_to dashboard_path
  end
end
