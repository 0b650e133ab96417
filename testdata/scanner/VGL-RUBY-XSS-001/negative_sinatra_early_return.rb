require 'sinatra'

helpers do
  def h(text)
    Rack::Utils.escape_html(text)
  end
end

get '/greet' do
  name = params[:name]
  return "<html><body>Hello, stranger</body></html>" if name.nil?
  return "<html><body>Hello, #{h(name)}</body></html>"
end

get '/count' do
  n = params[:n].to_i
  return "<p>#{n} items</p>" if n > 0
  "<p>none</p>"
end
