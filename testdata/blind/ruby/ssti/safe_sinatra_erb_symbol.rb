require "sinatra"

post "/footer/preview" do
  # :footer names views/footer.erb; the user's text is only a local variable.
  erb :footer, locals: { shop_name: "Corner Shop", note: params[:footer].to_s }
end
