require "sinatra"

# Shop owners preview their custom footer markup.
post "/footer/preview" do
  footer = params[:footer].to_s
  erb footer, locals: { shop_name: "Corner Shop" } # LABEL: CWE-1336
end
