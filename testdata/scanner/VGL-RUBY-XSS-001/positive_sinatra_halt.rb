require 'sinatra'
get '/item' do
  item = params[:id]
  halt 404, "<p>No item #{item}</p>" unless ITEMS.key?(item) # vigil:expect VGL-RUBY-XSS-001
  ITEMS[item].to_s
end
