class UsersController < ApplicationController
  def search
    @by_name = User.where(name: params[:name])
    @like = User.where("name LIKE ?", "%#{params[:q]}%")
    @named = User.where("name = :n", n: params[:n])
  end
end
