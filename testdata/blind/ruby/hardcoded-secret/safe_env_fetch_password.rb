require "sinatra"

ADMIN_USER = "ops"
ADMIN_PASSWORD = ENV.fetch("ADMIN_PASSWORD") { raise "ADMIN_PASSWORD is not set" }
PASSWORD_PLACEHOLDER = "changeme" # shown in the setup form as an example, never accepted

use Rack::Auth::Basic, "Admin" do |user, password|
  password != PASSWORD_PLACEHOLDER &&
    Rack::Utils.secure_compare(user, ADMIN_USER) & Rack::Utils.secure_compare(password, ADMIN_PASSWORD)
end

get "/admin/jobs" do
  "3 jobs queued"
end
