require "sinatra"
require "liquid"

post "/invoices/preview" do
  layout = params["layout"]
  template = Liquid::Template.parse(layout)
  template.render("customer" => "ACME Corp")
end
