class UsersController < ApplicationController
  def update
    @user = User.find(params[:id])
    @user.update(params.require(:user).permit!) # vigil:expect VGL-RUBY-MASS-001
  end
end
