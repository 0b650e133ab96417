class Users::SessionsController < ApplicationController
  skip_before_action :authenticate_user!, only: %i[new create]

  def new
    @return_to = params[:return_to]
  end

  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])
    return redirect_to(new_session_path, alert: "Try again") if user.nil?

    start_session_for(user)
    destination = params[:return_to].presence || dashboard_path
    redirect_to destination, allow_other_host: true # LABEL: CWE-601
  end
end
