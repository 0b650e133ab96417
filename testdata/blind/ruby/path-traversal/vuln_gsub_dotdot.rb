require "sinatra"

set :logging, true

before do
  headers "X-Content-Type-Options" => "nosniff"
end

LANG_DIR = File.join(__dir__, "lang")

get "/i18n" do
  pack = params[:pack].to_s.gsub("../", "")
  content_type :json
  File.read(File.join(LANG_DIR, pack)) # LABEL: CWE-22
end
