require "sinatra/base"

class ThemeApp < Sinatra::Base
  THEMES = File.expand_path("themes", __dir__)

  get "/theme.css" do
    requested = request.cookies["theme"] || "default"
    full = File.expand_path(File.join(requested, "main.css"), THEMES)
    halt 404 unless full.start_with?(THEMES + File::SEPARATOR) && File.file?(full)

    content_type "text/css"
    File.read(full)
  end
end
