class ProfilesController < ApplicationController
  skip_forgery_protection # vigil:expect VGL-RUBY-CSRF-001
  before_action :authenticate_user!

  def update
    current_user.update!(params.require(:user).permit(:email))
  end
end
