require "sinatra/base"

class ThemeApp < Sinatra::Base
  THEMES = File.expand_path("themes", __dir__)

  helpers do
    def theme_name
      request.cookies["theme"] || "default"
    end
  end

  get "/theme.css" do
    content_type "text/css"
    File.read(File.join(THEMES, theme_name, "main.css")) # LABEL: CWE-22
  end

  get "/" do
    "home"
  end
end
