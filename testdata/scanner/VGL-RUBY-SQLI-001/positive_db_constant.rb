require 'sinatra'
require 'sqlite3'
DB = SQLite3::Database.new("app.db")
get '/user' do
  id = params['id']
  rows = DB.execute("SELECT * FROM users WHERE id = #{id}") # vigil:expect VGL-RUBY-SQLI-001
  rows.to_s
end
