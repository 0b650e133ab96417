require "sinatra"
require "sequel"
require "json"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

get "/tracks/:genre" do
  genre = params["genre"]
  tracks = DB["SELECT title, artist FROM tracks WHERE genre = '#{genre}'"].all # LABEL: CWE-89
  content_type :json
  tracks.to_json
end
