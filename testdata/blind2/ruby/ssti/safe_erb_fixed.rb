require "sinatra"
require "erb"

TEMPLATE = ERB.new("<p>Invoice for <%= ERB::Util.h(customer) %></p>")

post "/invoices/preview" do
  customer = params["customer"].to_s
  customer = "Unknown customer" if customer.empty?
  TEMPLATE.result(binding)
end
