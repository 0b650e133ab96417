class StatsController < ApplicationController
  def show
    conn = ActiveRecord::Base.connection
    @rows = conn.select_all("SELECT * FROM stats WHERE day = '#{params[:day]}'") # vigil:expect VGL-RUBY-SQLI-001
    @total = conn.select_value("SELECT SUM(n) FROM stats WHERE kind = '#{params[:kind]}'") # vigil:expect VGL-RUBY-SQLI-001
  end
end
