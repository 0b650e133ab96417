class UsersController < ApplicationController
  def search
    @users = User.where("name LIKE '%#{params[:q]}%'") # vigil:expect VGL-RUBY-SQLI-001
  end

  def index
    @users = User.order(params[:sort]) # vigil:expect VGL-RUBY-SQLI-001
  end
end
