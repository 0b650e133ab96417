class ProfilesController < ApplicationController
  before_action :authenticate_user!

  def edit
    @user = current_user
  end

  def update
    @user = current_user
    if @user.update(params.require(:user).permit!) # LABEL: CWE-915
      redirect_to edit_profile_path, notice: "Profile updated"
    else
      render :edit, status: :unprocessable_entity
    end
  end
end
