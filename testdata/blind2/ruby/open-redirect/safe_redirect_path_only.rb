class SessionsController < ApplicationController
  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])
    return render(:new, status: :unprocessable_entity) unless user

    reset_session
    session[:user_id] = user.id
    back = params[:return_to].to_s
    back = root_path unless back.start_with?("/") && !back.start_with?("//")
    redirect_to back
  end
end
