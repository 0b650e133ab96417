class SessionsController < ApplicationController
  def create
    session[:user_id] = User.authenticate(params[:email], params[:password]).id
    redirect_to root_path
  end
end

class ApiSessionsController < ApplicationController
  def create
    account = Account.authenticate_by(email: params[:email], password: params[:password])
    session[:account_id] = account&.id
    head(account ? :ok : :unauthorized)
  end
end
