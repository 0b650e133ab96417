require "sinatra"
require "sequel"
require "json"

DB = Sequel.connect(ENV.fetch("DATABASE_URL", "sqlite://app.db"))

get "/api/books" do
  content_type :json
  author = params["author"] || "anonymous"
  DB["SELECT title, year FROM books WHERE author = ?", author].all.to_json
end

get "/api/books/:year" do
  content_type :json
  DB[:books].where(year: params["year"].to_i).select(:title).all.to_json
end
