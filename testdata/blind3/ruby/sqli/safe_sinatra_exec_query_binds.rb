require "sinatra/base"
require "sinatra/activerecord"
require "json"

class StatsApp < Sinatra::Base
  register Sinatra::ActiveRecordExtension

  get "/stats/:metric" do
    sql = Metric.sanitize_sql_array(
      ["SELECT day, value FROM metrics WHERE name = ? AND day >= ? ORDER BY day", params[:metric], params.fetch("since", "2024-01-01")]
    )
    rows = ActiveRecord::Base.connection.select_all(sql)
    content_type :json
    rows.to_a.to_json
  end

  get "/health" do
    "ok"
  end
end
