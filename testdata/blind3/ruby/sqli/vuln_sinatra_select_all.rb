require "sinatra/base"
require "sinatra/activerecord"
require "json"

class StatsApp < Sinatra::Base
  register Sinatra::ActiveRecordExtension

  get "/stats/:metric" do
    metric = params[:metric]
    since = params.fetch("since", "2024-01-01")
    conn = ActiveRecord::Base.connection
    rows = conn.select_all("SELECT day, value FROM metrics WHERE name = '#{metric}' AND day >= '#{since}' ORDER BY day") # LABEL: CWE-89
    content_type :json
    rows.to_a.to_json
  end

  get "/health" do
    "ok"
  end
end
