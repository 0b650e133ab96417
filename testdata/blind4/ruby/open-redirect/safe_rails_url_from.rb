class Users::SessionsController < ApplicationController
  skip_before_action :authenticate_user!, only: %i[new create]

  def new
    @return_to = params[:return_to]
  end

  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])
    return redirect_to(new_session_path, alert: "Try again") if user.nil?

    start_session_for(user)
    redirect_to url_from(params[:return_to]) || dashboard_path
  end
end
