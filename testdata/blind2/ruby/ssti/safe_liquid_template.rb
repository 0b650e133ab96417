require "sinatra"
require "liquid"

set :bind, "127.0.0.1"

post "/invoices/preview" do
  layout = params["layout"]
  template = Liquid::Template.parse(layout)
  template.render("customer" => "ACME Corp")
end
