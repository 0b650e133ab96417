require "sinatra"
require "sequel"
require "json"

DB = Sequel.connect(ENV.fetch("DATABASE_URL", "sqlite://app.db"))

get "/api/books" do
  content_type :json
  author = params["author"]
  author = "anonymous" if author.nil? || author.empty?
  DB["SELECT title, year FROM books WHERE author = '#{author}'"].all.to_json # LABEL: CWE-89
end
