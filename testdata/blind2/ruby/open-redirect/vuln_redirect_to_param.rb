class SessionsController < ApplicationController
  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])
    return render(:new, status: :unprocessable_entity) unless user

    reset_session
    session[:user_id] = user.id
    redirect_to params[:return_to], allow_other_host: true # LABEL: CWE-601
  end
end
