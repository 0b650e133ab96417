require "sinatra/base"

class ShortLinks < Sinatra::Base
  LINKS = {
    "docs" => "https://docs.example.com",
    "status" => "https://status.example.com"
  }.freeze

  get "/out" do
    target = LINKS.fetch(params["to"].to_s, "/")
    redirect target
  end

  get "/" do
    "links"
  end
end
