require "sinatra/base"
require "pg"
require "json"

class InventoryApi < Sinatra::Base
  configure do
    set :db, PG.connect(ENV.fetch("DATABASE_URL"))
  end

  helpers do
    def stock_for(warehouse, sku)
      sql = "SELECT sku, quantity, updated_at FROM stock WHERE warehouse = '#{warehouse}' AND sku = $1"
      settings.db.exec_params(sql, [sku]).to_a # LABEL: CWE-89
    end
  end

  get "/stock/:sku" do
    content_type :json
    warehouse = request.env["HTTP_X_WAREHOUSE"] || "main"
    stock_for(warehouse, params[:sku]).to_json
  end
end
