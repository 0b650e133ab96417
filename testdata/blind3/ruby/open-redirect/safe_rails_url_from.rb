class SessionsController < ApplicationController
  skip_before_action :authenticate_user!, only: %i[new create]

  def create
    user = User.find_by(email: params[:email])
    if user&.authenticate(params[:password])
      reset_session
      session[:user_id] = user.id
      redirect_to url_from(params[:return_to]) || dashboard_path
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end

  def new; end
end
