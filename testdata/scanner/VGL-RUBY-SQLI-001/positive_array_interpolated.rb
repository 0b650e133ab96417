class UsersController < ApplicationController
  def index
    @a = User.find_by_sql(["SELECT * FROM users WHERE name = '#{params[:name]}'"])
    @b = User.where(["name = ?", params[:name]])
    @c = User.exists?(["email = '" + params[:email] + "'"])
  end
end
