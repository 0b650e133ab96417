require 'sinatra'
require 'sequel'
DB = Sequel.connect(ENV.fetch('DATABASE_URL'))
# Sequel: DB["SQL"] makes a dataset from raw SQL text
get '/users' do
  DB["SELECT * FROM users WHERE name = '#{params[:name]}'"].all.to_json # vigil:expect VGL-RUBY-SQLI-001
end
get '/report' do
  sales_db = DB
  region = params[:region]
  sales_db["SELECT * FROM sales WHERE region = '#{region}'"].to_a.to_json # vigil:expect VGL-RUBY-SQLI-001
end
