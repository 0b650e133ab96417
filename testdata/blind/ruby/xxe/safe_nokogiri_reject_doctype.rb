require "sinatra"
require "nokogiri"

post "/invoices/validate" do
  body = params[:invoice][:tempfile].read
  halt 422, "DTDs are not accepted" if body.include?("<!DOCTYPE")

  doc = Nokogiri::XML(body)
  doc.errors.empty? ? "valid" : "invalid"
end
