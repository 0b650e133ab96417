class SessionsController < ApplicationController
  skip_before_action :authenticate_user!, only: %i[new create]

  def create
    user = User.find_by(email: params[:email])
    if user&.authenticate(params[:password])
      reset_session
      session[:user_id] = user.id
      destination = params[:return_to].presence || dashboard_path
      redirect_to destination, allow_other_host: true # LABEL: CWE-601
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end

  def new; end
end
