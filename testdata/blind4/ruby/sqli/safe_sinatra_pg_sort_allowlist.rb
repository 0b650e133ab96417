require "sinatra/base"
require "pg"
require "json"

class InventoryApi < Sinatra::Base
  SORTS = { "sku" => "sku", "qty" => "quantity DESC", "recent" => "updated_at DESC" }.freeze

  configure do
    set :db, PG.connect(ENV.fetch("DATABASE_URL"))
  end

  get "/stock" do
    content_type :json
    warehouse = request.env["HTTP_X_WAREHOUSE"] || "main"
    order = SORTS.fetch(params[:sort].to_s, "sku")
    sql = "SELECT sku, quantity, updated_at FROM stock WHERE warehouse = $1 ORDER BY #{order} LIMIT 200"
    settings.db.exec_params(sql, [warehouse]).to_a.to_json
  end
end
