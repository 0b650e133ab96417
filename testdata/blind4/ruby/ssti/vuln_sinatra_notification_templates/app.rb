require "sinatra/base"
require "json"
require_relative "lib/notification_template"

class NotificationsApp < Sinatra::Base
  post "/notifications/preview" do
    payload = JSON.parse(request.body.read)
    template = NotificationTemplate.new(payload.fetch("body"))
    content_type "text/plain"
    template.render(name: payload.fetch("name", "Customer"), order_number: "A-1042")
  end
end
