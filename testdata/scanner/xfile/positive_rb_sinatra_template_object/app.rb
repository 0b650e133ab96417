require "sinatra"
require "json"
require_relative "lib/slip_renderer"

post "/slips" do
  data = JSON.parse(request.body.read) # vigil:source
  SlipRenderer.new(data["layout"]).render(order: data["order"])
end
