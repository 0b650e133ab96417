class Admin::UsersController < Admin::BaseController
  def search
    email = params[:email].to_s.strip
    scope = User.includes(:profile)
    if email.present?
      pattern = "%#{User.sanitize_sql_like(email)}%"
      scope = scope.where("email LIKE ?", pattern)
    end
    scope = scope.where(role: params[:role]) if params[:role].present?
    @users = scope.order(:email).page(params[:page])
    render :index
  end
end
