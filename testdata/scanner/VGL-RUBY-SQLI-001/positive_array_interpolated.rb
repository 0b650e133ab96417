class UsersController < ApplicationController
  def index
    @a = User.find_by_sql(["SELECT * FROM users WHERE name = '#{params[:name]}'"]) # vigil:expect VGL-RUBY-SQLI-001
    @b = User.where(["name = ?", params[:name]])
    @c = User.exists?(["email = '" + params[:email] + "'"]) # vigil:expect VGL-RUBY-SQLI-001
  end
end
