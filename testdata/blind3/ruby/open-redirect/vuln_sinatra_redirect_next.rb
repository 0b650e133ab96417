require "sinatra/base"

class ShortLinks < Sinatra::Base
  LINKS = {
    "docs" => "https://docs.example.com",
    "status" => "https://status.example.com"
  }.freeze

  get "/out" do
    target = LINKS[params["to"]]
    target ||= params["fallback"]
    halt 404 if target.nil?
    redirect target # LABEL: CWE-601
  end

  get "/" do
    "links"
  end
end
