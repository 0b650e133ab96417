class StatsController < ApplicationController
  def show
    conn = ActiveRecord::Base.connection
    day = conn.quote(params[:day])
    @rows = conn.select_all("SELECT * FROM stats WHERE day = #{day}")
    @total = conn.select_value("SELECT SUM(n) FROM stats WHERE id = #{params[:id].to_i}")
    @all = conn.select_rows("SELECT * FROM stats")
  end
end
