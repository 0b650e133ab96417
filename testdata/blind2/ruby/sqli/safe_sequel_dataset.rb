require "sinatra"
require "sequel"
require "json"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

get "/tracks/:genre" do
  tracks = DB[:tracks].where(genre: params["genre"]).select(:title, :artist).all
  content_type :json
  tracks.to_json
end
