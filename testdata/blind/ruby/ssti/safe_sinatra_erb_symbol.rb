require "sinatra"

use Rack::Session::Cookie, secret: ENV.fetch("SESSION_SECRET"), same_site: :lax

before do
  halt 401 unless session[:user_id] || request.path_info == "/login"
end

post "/footer/preview" do
  # :footer names views/footer.erb; the user's text is only a local variable.
  erb :footer, locals: { shop_name: "Corner Shop", note: params[:footer].to_s }
end
