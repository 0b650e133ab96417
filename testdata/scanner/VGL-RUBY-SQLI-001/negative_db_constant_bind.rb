require 'sinatra'
require 'sqlite3'
DB = SQLite3::Database.new("app.db")
get '/user' do
  rows = DB.execute("SELECT * FROM users WHERE id = ?", [params['id']])
  rows.to_s
end
