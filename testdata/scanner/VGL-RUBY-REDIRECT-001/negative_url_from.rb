class SessionsController < ApplicationController
  def create
    session[:user_id] = User.authenticate(params[:email], params[:password]).id
    redirect_to url_from(params[:return_to]) || root_path
  end
end
