require "sinatra/base"
require "liquid"
require "json"

class ReceiptsApp < Sinatra::Base
  post "/receipts/preview" do
    data = JSON.parse(request.body.read)
    source = data["template"] || "Order {{ order.id }}"
    template = Liquid::Template.parse(source, error_mode: :strict)
    content_type :text
    template.render("order" => { "id" => 42, "total" => "19.99" })
  end

  get "/receipts/help" do
    "Use {{ order.id }} and {{ order.total }}"
  end
end
