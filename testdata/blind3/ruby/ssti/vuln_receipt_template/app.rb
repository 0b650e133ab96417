require "sinatra/base"
require "json"
require_relative "receipt_template"

class ReceiptsApp < Sinatra::Base
  post "/receipts/preview" do
    data = JSON.parse(request.body.read)
    template = ReceiptTemplate.new(data["template"])
    content_type :text
    template.render({ id: 42, total: "19.99" })
  end

  get "/receipts/help" do
    "Use order[:id] and order[:total]"
  end
end
