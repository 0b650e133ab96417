require 'sinatra'

get '/greet' do
  name = params[:name]
  if name.nil? || name.empty?
    return "<html><body>Hello, stranger</body></html>"
  end
  return "<html><body>Hello, #{name}</body></html>" # vigil:expect VGL-RUBY-XSS-001
end

get '/search' do
  q = params[:q]
  return "<p>No results for #{q}</p>" if Item.where(name: q).empty? # vigil:expect VGL-RUBY-XSS-001
  erb :results, locals: { items: Item.where(name: q) }
end
