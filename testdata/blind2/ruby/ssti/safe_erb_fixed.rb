require "sinatra"
require "erb"

TEMPLATE = ERB.new("<p>Invoice for <%= ERB::Util.h(customer) %></p>")

post "/invoices/preview" do
  customer = params["customer"]
  TEMPLATE.result(binding)
end
