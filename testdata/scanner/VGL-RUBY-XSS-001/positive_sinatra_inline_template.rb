require 'sinatra'

# an inline template (@@ name after __END__) rendered without escape_html
get '/search' do
  erb :results, locals: { query: params[:q] } # vigil:expect VGL-RUBY-XSS-001
end

__END__

@@ results
<h1>Results for <%= query %></h1>
