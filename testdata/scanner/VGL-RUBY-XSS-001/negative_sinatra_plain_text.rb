require 'sinatra'
get '/hello' do
  content_type 'text/plain'
  "Hello #{params[:name]}"
end
