require "sinatra"

set :logging, true

before do
  headers "X-Content-Type-Options" => "nosniff"
end

# Landing page of the unsubscribe link in every newsletter.
get "/unsubscribe/done" do
  list = params[:list] || "newsletter"
  "<h1>Unsubscribed</h1><p>You will no longer receive #{list}.</p>" # LABEL: CWE-79
end
