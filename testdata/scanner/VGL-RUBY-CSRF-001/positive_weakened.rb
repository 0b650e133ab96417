# Protection weakened rather than skipped
class ApplicationController < ActionController::Base
  protect_from_forgery with: :null_session # vigil:expect VGL-RUBY-CSRF-001
  before_action :authenticate_user!
end

class TransfersController < ApplicationController
  protect_from_forgery except: [:create, :destroy] # vigil:expect VGL-RUBY-CSRF-001

  def create
    Transfer.create!(from: current_user, to: params[:to], amount: params[:amount])
  end

  def destroy
    current_user.transfers.find(params[:id]).destroy
  end
end

class LegacyController < ActionController::Base
  protect_from_forgery :except => :update # vigil:expect VGL-RUBY-CSRF-001

  def update
    current_user.update!(params.require(:user).permit(:email))
  end
end
