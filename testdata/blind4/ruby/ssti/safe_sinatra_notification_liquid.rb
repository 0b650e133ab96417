require "sinatra/base"
require "json"
require "liquid"

class NotificationTemplate
  def initialize(source)
    @template = Liquid::Template.parse(source, error_mode: :strict)
  end

  def render(vars)
    @template.render(vars.transform_keys(&:to_s))
  end
end

class NotificationsApp < Sinatra::Base
  post "/notifications/preview" do
    payload = JSON.parse(request.body.read)
    template = NotificationTemplate.new(payload.fetch("body"))
    content_type "text/plain"
    template.render(name: payload.fetch("name", "Customer"), order_number: "A-1042")
  rescue Liquid::Error
    halt 422
  end
end
