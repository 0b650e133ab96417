require "sinatra"

ADMIN_USER = "ops"
ADMIN_PASSWORD = "Sp4rrow-Hangar-91!" # LABEL: CWE-798

use Rack::Auth::Basic, "Admin" do |user, password|
  Rack::Utils.secure_compare(user, ADMIN_USER) & Rack::Utils.secure_compare(password, ADMIN_PASSWORD)
end

get "/admin/jobs" do
  "3 jobs queued"
end
