require "sinatra"

use Rack::Session::Cookie, secret: ENV.fetch("SESSION_SECRET"), same_site: :lax

before do
  halt 401 unless session[:user_id] || request.path_info == "/login"
end

# Shop owners preview their custom footer markup.
post "/footer/preview" do
  footer = params[:footer].to_s
  erb footer, locals: { shop_name: "Corner Shop" } # LABEL: CWE-1336
end
