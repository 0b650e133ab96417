require 'sinatra'

configure do
  set :erb, :escape_html => true
end

get '/search' do
  erb :results, locals: { query: params[:q] }
end

__END__

@@ results
<h1>Results for <%= query %></h1>
