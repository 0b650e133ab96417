class UsersController < ApplicationController
  def index
    finder = UserFinder.new
    q = params[:q] # vigil:source
    @users = finder.by_name(q)
  end
end
