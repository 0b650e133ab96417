require "sinatra/base"
require "sqlite3"

class TelemetryApp < Sinatra::Base
  configure do
    set :db, SQLite3::Database.new("telemetry.db")
  end

  post "/events" do
    device = request.env["HTTP_X_DEVICE_ID"] || "unknown"
    kind = params[:kind] || "ping"
    settings.db.execute("INSERT INTO events (device, kind) VALUES ('#{device}', '#{kind}')") # LABEL: CWE-89
    status 204
  end
end
