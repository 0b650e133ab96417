require "sinatra"

# Sinatra sends a String body as text/html unless told otherwise.
get "/unsubscribe/done" do
  list = params[:list] || "newsletter"
  "<h1>Unsubscribed</h1><p>You will no longer receive #{list}.</p>" # LABEL: CWE-79
end
