require "sinatra"
require "json"
require_relative "lib/slip_renderer"

post "/slips" do
  data = JSON.parse(request.body.read)
  SlipRenderer.new(data["layout"]).render(order: data["order"])
end
