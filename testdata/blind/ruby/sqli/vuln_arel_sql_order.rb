# frozen_string_literal: true

class Admin::UsersController < Admin::BaseController
  def index
    direction = params[:dir] == "asc" ? "ASC" : "DESC"
    column = params[:sort].presence || "created_at"
    @users = User.order(Arel.sql("#{column} #{direction}")).page(params[:page]) # LABEL: CWE-89
    respond_to do |format|
      format.html
      format.csv { send_data UserCsv.new(@users).to_s, filename: "users.csv" }
    end
  end
end
