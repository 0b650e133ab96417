require 'sinatra'
require 'sequel'
DB = Sequel.connect(ENV.fetch('DATABASE_URL'))
TABLE = 'users'.freeze
# a table name, a placeholder, a constant interpolated: none carry the input
get '/users' do
  a = DB[:users].where(name: params[:name]).all
  b = DB["SELECT * FROM users WHERE name = ?", params[:name]].all
  c = DB["SELECT * FROM #{TABLE} WHERE id = ?", params[:id].to_i].all
  settings = { "#{params[:k]}" => 1 }
  (a + b + c).to_json + settings.to_s
end
