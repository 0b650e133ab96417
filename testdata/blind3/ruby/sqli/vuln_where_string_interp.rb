class Admin::UsersController < Admin::BaseController
  def search
    email = params[:email].to_s.strip
    scope = User.includes(:profile)
    scope = scope.where("email LIKE '%#{email}%'") if email.present? # LABEL: CWE-89
    @users = scope.order(:email).page(params[:page])
    render :index
  end

  def index
    @users = User.order(:email).page(params[:page])
  end
end
